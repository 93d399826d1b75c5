package io.executionauditor.importer;

import io.executionauditor.plan.EstimateUnit;
import io.executionauditor.plan.Normalizer;
import java.util.List;
import java.util.Optional;

/** The Plan sheet: Field/Value rows (Name, As of, Estimate unit); the Field/Value header row is optional. */
final class PlanSheetMapper extends SheetMapper<PlanField> {
    private int fieldIndex = 0;
    private int valueIndex = 1;
    private boolean headerChecked;

    PlanSheetMapper(PlanMapping mapping) {
        super(CanonicalSheet.PLAN, PlanField.class, mapping);
    }

    @Override
    boolean acceptHeader(int rowNumber, List<RawCell> cells) {
        if (headerChecked) {
            return false;
        }
        headerChecked = true;
        int field = -1;
        int value = -1;
        for (int i = 0; i < cells.size(); i++) {
            String key = Normalizer.key(Header.cell(cells, i).asText());
            if (key.equals("field") && field < 0) {
                field = i;
            } else if (key.equals("value") && value < 0) {
                value = i;
            }
        }
        if (field < 0 && value < 0) {
            return false; // no header: the first row is already a field
        }
        fieldIndex = field < 0 ? 0 : field;
        valueIndex = value < 0 ? fieldIndex + 1 : value;
        return true;
    }

    @Override
    void data(int rowNumber, List<RawCell> cells) {
        String fieldText = Header.cell(cells, fieldIndex).asText();
        RawCell value = Header.cell(cells, valueIndex);
        PlanField field = Header.match(PlanField.class, fieldText);
        String column = fieldText.isEmpty() ? "Value" : fieldText;
        if (field == null) {
            skipWithWarning(rowNumber, "Field", "unknown field \"" + fieldText + "\" ignored (expected "
                    + PlanField.NAME.header() + ", " + PlanField.AS_OF.header() + " or "
                    + PlanField.ESTIMATE_UNIT.header() + ")");
            return;
        }
        switch (field) {
            case NAME:
                if (!value.isBlank()) {
                    mapping.planName = value.asText();
                }
                break;
            case AS_OF:
                dates.read(value, rowNumber, column, field.name(), date -> mapping.asOf = date);
                break;
            case ESTIMATE_UNIT:
                if (!value.isBlank()) {
                    Optional<EstimateUnit> unit = EstimateUnit.parse(value.asText());
                    if (unit.isPresent()) {
                        mapping.explicitUnit = unit.get();
                    } else {
                        issues.error(sheet.title(), rowNumber, column, "\"" + value.asText()
                                + "\" is not an estimate unit (expected " + field.accepted() + ")");
                    }
                }
                break;
            default:
                throw new IllegalStateException(field.name());
        }
    }
}
