import org.apache.poi.ss.usermodel.*;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import java.io.*;
import java.nio.file.*;
import java.time.LocalDate;
import java.util.*;

/** Builds a workbook from a folder of ISO-dated CSV sheets.
 *  usage: CsvToXlsx SRC_DIR OUT.xlsx excel|dmy
 *  excel: yyyy-mm-dd cells become real Excel date cells; dmy: text dd/mm/yyyy. Numbers become numeric cells. */
public class CsvToXlsx {
  static List<List<String>> parse(String text) {
    List<List<String>> rows = new ArrayList<>(); List<String> row = new ArrayList<>(); StringBuilder f = new StringBuilder();
    boolean q = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (q) { if (c == '"') { if (i + 1 < text.length() && text.charAt(i + 1) == '"') { f.append('"'); i++; } else q = false; } else f.append(c); }
      else if (c == '"') q = true;
      else if (c == ',') { row.add(f.toString()); f.setLength(0); }
      else if (c == '\n') { row.add(f.toString()); f.setLength(0); rows.add(row); row = new ArrayList<>(); }
      else if (c != '\r') f.append(c);
    }
    if (f.length() > 0 || !row.isEmpty()) { row.add(f.toString()); rows.add(row); }
    return rows;
  }
  public static void main(String[] a) throws Exception {
    Path src = Paths.get(a[0]); boolean excel = a[2].equals("excel");
    try (Workbook wb = new XSSFWorkbook()) {
      CellStyle ds = wb.createCellStyle(); ds.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
      for (String name : List.of("Plan", "Periods", "People", "Items", "Updates", "Changes")) {
        Path p = src.resolve(name + ".csv"); if (!Files.exists(p)) continue;
        Sheet s = wb.createSheet(name); int r = 0;
        for (List<String> row : parse(Files.readString(p))) {
          Row xr = s.createRow(r++);
          for (int c = 0; c < row.size(); c++) {
            String v = row.get(c); if (v.isEmpty()) continue;
            Cell cell = xr.createCell(c);
            if (v.matches("\\d{4}-\\d{2}-\\d{2}")) {
              LocalDate d = LocalDate.parse(v);
              if (excel) { cell.setCellValue(d); cell.setCellStyle(ds); }
              else cell.setCellValue(String.format("%02d/%02d/%04d", d.getDayOfMonth(), d.getMonthValue(), d.getYear()));
            } else if (r > 1 && v.matches("-?\\d+(\\.\\d+)?")) cell.setCellValue(Double.parseDouble(v));
            else cell.setCellValue(v);
          }
        }
      }
      try (OutputStream o = Files.newOutputStream(Paths.get(a[1]))) { wb.write(o); }
    }
  }
}
