package io.executionauditor.importer.jira;

import io.executionauditor.plan.Status;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The words of a Jira export, in the languages Jira writes them: column headers, the names of the default statuses and
 * status categories, the resolutions that mean the work was not done, the issue types that only group work. Data
 * only; every lookup folds case, accents, spaces and punctuation ({@link #fold}).
 *
 * <p>Where the names come from: English from Atlassian's exports; Spanish from a real Jira Cloud export (the
 * fleetbase LIPU file in the tests: headers, "Tareas por hacer" / "En curso", categories "Por hacer" / "En curso",
 * "Enlace a la incidencia interna (Blocks)"); German headers from a real Jira Cloud export header in a public
 * repository ("Vorgangsschlüssel", "Zugewiesene Person", "Erledigt", "Benutzerdefinierte Felder (...)",
 * "Statuskategorie", "Übergeordnet") and the status "Zu erledigen" from a public importer's test; French and
 * Portuguese (Brazil) headers from public tools that read those exports ("Clé de ticket", "Type de ticket", "Lien du
 * ticket entrant (Blocks)"; "Chave da item", "Tipo de item", "Responsável", "Criado", "Resolvido"). Not confirmed by
 * a real export: the other status and category names in French, German and Portuguese, German and Portuguese link
 * words, the resolutions beyond English, and the Chinese status names (DevLake's source); they are Jira's usual
 * translations. An export whose words are missing here still imports: the report says which status it could not
 * read, and unknown columns are kept as attributes.
 */
final class JiraTerms {
    /** What a Jira column means to the importer. */
    enum Field {
        KEY, ID, SUMMARY, TYPE, STATUS, STATUS_CATEGORY, STATUS_CATEGORY_CHANGED, PRIORITY, RESOLUTION, ASSIGNEE,
        CREATED, UPDATED, RESOLVED, DUE, START, ORIGINAL_ESTIMATE, TIME_SPENT, STORY_POINTS, SPRINT, LABELS,
        PARENT_ID, PARENT_KEY, PARENT_SUMMARY, EPIC_LINK, TEAM, FLAGGED, COMMENT, DESCRIPTION, ACCEPTANCE_CRITERIA,
        /** Only tells a Jira export apart (the same for every issue, so not kept). */
        PROJECT_KEY
    }

    /** Which export: Jira's own, or DevLake's table of Jira issues (its own column names and units). */
    enum Dialect {
        JIRA("Jira export", 3600),
        DEVLAKE("DevLake issues", 60);

        final String sheet;
        /** How many of the time columns' units make an hour: Jira writes seconds, DevLake minutes. */
        final int timePerHour;

        Dialect(String sheet, int timePerHour) {
            this.sheet = sheet;
            this.timePerHour = timePerHour;
        }
    }

    private static final Map<String, Field> JIRA_HEADERS = new HashMap<>();
    private static final Map<String, Field> DEVLAKE_HEADERS = new HashMap<>();
    /** Custom fields by the name inside {@code Custom field (...)}, or as a "current fields" export heads them. */
    private static final Map<String, Field> CUSTOM_FIELDS = new HashMap<>();
    private static final Set<String> CUSTOM_FIELD_PREFIXES = new HashSet<>();
    private static final Set<String> INWARD_WORDS = new HashSet<>();
    private static final Set<String> OUTWARD_WORDS = new HashSet<>();
    private static final Set<String> BLOCKING_LINK_TYPES = new HashSet<>();
    private static final Map<String, Status> WORKFLOW_NAMES = new HashMap<>();
    private static final Set<String> NOT_DONE_RESOLUTIONS = new HashSet<>();
    private static final Set<String> CONTAINER_TYPES = new HashSet<>();
    private static final Set<String> SUBTASK_TYPES = new HashSet<>();
    private static final Set<String> UNASSIGNED = new HashSet<>();
    private static final Set<String> DEVLAKE_MARKERS = new HashSet<>();
    private static final List<String> CRITERIA_HEADINGS = List.of("acceptance criteria", "criterios de aceptación",
            "critères d'acceptation", "critères d'acceptance", "akzeptanzkriterien", "critérios de aceitação",
            "definition of done");

    static {
        // ------------------------------------------------------------ headers: en, es, fr, de, pt-BR
        jira(Field.KEY, "Issue key", "Work item key", "Clave de incidencia", "Clé de ticket", "Vorgangsschlüssel",
                "Chave da item", "Chave do item");
        jira(Field.ID, "Issue id", "Work item id", "ID de la incidencia", "ID de ticket", "Vorgangs-ID", "ID da item",
                "ID do item");
        jira(Field.SUMMARY, "Summary", "Resumen", "Résumé", "Zusammenfassung", "Resumo");
        jira(Field.TYPE, "Issue Type", "Work type", "Work item type", "Tipo de Incidencia", "Type de ticket",
                "Vorgangstyp", "Tipo de item");
        jira(Field.STATUS, "Status", "Estado", "État", "Statut");
        jira(Field.STATUS_CATEGORY, "Status Category", "Categoría de estado", "Catégorie d'état",
                "Catégorie de statut", "Statuskategorie", "Categoria de status");
        jira(Field.STATUS_CATEGORY_CHANGED, "Status Category Changed", "Categoría de estado cambiada",
                "Catégorie d'état modifiée", "Statuskategorie geändert", "Categoria de status alterada");
        jira(Field.PRIORITY, "Priority", "Prioridad", "Priorité", "Priorität", "Prioridade");
        jira(Field.RESOLUTION, "Resolution", "Resolución", "Résolution", "Lösung", "Resolução");
        jira(Field.ASSIGNEE, "Assignee", "Persona asignada", "Responsable", "Personne assignée",
                "Zugewiesene Person", "Bearbeiter", "Responsável");
        jira(Field.CREATED, "Created", "Creada", "Creado", "Création", "Créé", "Erstellt", "Criado", "Criado(a)");
        jira(Field.UPDATED, "Updated", "Actualizada", "Actualizado", "Mise à jour", "Mis à jour", "Aktualisiert",
                "Atualizado", "Atualizado(a)");
        jira(Field.RESOLVED, "Resolved", "Resuelta", "Resuelto", "Résolu", "Résolue", "Erledigt", "Resolvido",
                "Resolvido(a)");
        jira(Field.DUE, "Due date", "Fecha de vencimiento", "Date d'échéance", "Échéance", "Fälligkeitsdatum",
                "Data de vencimento", "Data limite");
        jira(Field.ORIGINAL_ESTIMATE, "Original Estimate", "Estimación original", "Estimation originale",
                "Estimation initiale", "Ursprüngliche Schätzung", "Estimativa original");
        jira(Field.TIME_SPENT, "Time Spent", "Tiempo Trabajado", "Tiempo empleado", "Temps consacré", "Temps passé",
                "Benötigte Zeit", "Tempo gasto");
        jira(Field.SPRINT, "Sprint", "Sprints");
        jira(Field.LABELS, "Labels", "Etiquetas", "Étiquettes", "Libellés", "Stichwörter", "Rótulos");
        jira(Field.PARENT_ID, "Parent id", "Parent", "Principal", "Übergeordnet", "Pai");
        jira(Field.PARENT_KEY, "Parent key", "Clave principal", "Clé parent", "Übergeordneter Schlüssel",
                "Chave pai");
        jira(Field.PARENT_SUMMARY, "Parent summary");
        jira(Field.COMMENT, "Comment", "Comentario", "Commentaire", "Kommentar", "Comentário");
        jira(Field.DESCRIPTION, "Description", "Descripción", "Beschreibung", "Descrição");
        jira(Field.PROJECT_KEY, "Project key", "Clave del proyecto", "Clé de projet", "Projektschlüssel",
                "Chave do projeto");

        // custom fields keep the name an administrator gave them, in whatever language the export is in
        custom(Field.STORY_POINTS, "Story Points", "Story point estimate");
        custom(Field.START, "Start date", "Target start");
        custom(Field.TEAM, "Team");
        custom(Field.FLAGGED, "Flagged");
        custom(Field.EPIC_LINK, "Epic Link");
        custom(Field.ACCEPTANCE_CRITERIA, "Acceptance Criteria", "Acceptance Criteria (AC)", "Definition of Done");
        words(CUSTOM_FIELD_PREFIXES, "Custom field", "Campo personalizado", "Champ personnalisé",
                "Benutzerdefiniertes Feld", "Benutzerdefinierte Felder");

        // link columns: "<direction words> (<link type>)"; only the Blocks type is a dependency
        words(INWARD_WORDS, "inward", "interna", "entrante", "entrant", "eingehend", "eingehende", "eingehender",
                "entrada");
        words(OUTWARD_WORDS, "outward", "saliente", "sortant", "ausgehend", "ausgehende", "ausgehender", "saída");
        words(BLOCKING_LINK_TYPES, "Blocks");

        // DevLake's issues table: status is DevLake's own TODO / IN_PROGRESS / DONE, i.e. Jira's status category
        devlake(Field.KEY, "issue_key");
        devlake(Field.ID, "id");
        devlake(Field.SUMMARY, "title");
        devlake(Field.TYPE, "type");
        devlake(Field.STATUS, "original_status");
        devlake(Field.STATUS_CATEGORY, "status");
        devlake(Field.PRIORITY, "priority");
        devlake(Field.ASSIGNEE, "assignee_name");
        devlake(Field.CREATED, "created_date");
        devlake(Field.UPDATED, "updated_date");
        devlake(Field.RESOLVED, "resolution_date");
        devlake(Field.DUE, "due_date");
        devlake(Field.ORIGINAL_ESTIMATE, "original_estimate_minutes");
        devlake(Field.TIME_SPENT, "time_spent_minutes");
        devlake(Field.STORY_POINTS, "story_point");
        devlake(Field.PARENT_ID, "parent_issue_id");
        devlake(Field.EPIC_LINK, "epic_key");
        devlake(Field.DESCRIPTION, "description");
        words(DEVLAKE_MARKERS, "original_status", "original_type", "story_point", "lead_time_minutes",
                "parent_issue_id", "assignee_name", "original_estimate_minutes");

        // ------------------------------------------------------------ default workflow statuses and categories
        // (the three categories carry the same names as the default statuses in each language)
        workflow(Status.TODO, "To Do", "Tareas por hacer", "Por hacer", "À faire", "Zu erledigen", "A fazer",
                "Itens pendentes", /* zh, DevLake's source */ "待办", "待处理");
        workflow(Status.IN_PROGRESS, "In Progress", "En curso", "En progreso", "En cours", "In Arbeit",
                "Em andamento", "进行中", "处理中");
        workflow(Status.DONE, "Done", "Listo", "Hecho", "Finalizada", "Terminé", "Terminée", "Fertig",
                "Concluído", "Itens concluídos", "完成", "已完成");

        // resolutions on a Done-category issue that say the work was not done (usual translations beyond English)
        words(NOT_DONE_RESOLUTIONS, "Won't Do", "Won't Fix", "Duplicate", "Cannot Reproduce", "Declined", "Rejected",
                "Obsolete", "Incomplete", "Abandoned", "No se hará", "No se corregirá", "Duplicado", "Duplicada",
                "No se puede reproducir", "Ne sera pas fait", "Ne sera pas corrigé", "Doublon",
                "Impossible à reproduire", "Wird nicht erledigt", "Wird nicht behoben", "Duplikat",
                "Nicht reproduzierbar", "Não será feito", "Não será corrigido", "Não é possível reproduzir");

        // issue types that group work rather than being work
        words(CONTAINER_TYPES, "Epic", "Épica", "Épico", "Epos", "Initiative", "Iniciativa");
        // and those that are part of another issue's work
        words(SUBTASK_TYPES, "Sub-task", "Subtask", "Subtarea", "Sous-tâche", "Unteraufgabe", "Subtarefa",
                "子任务");
        words(UNASSIGNED, "Unassigned", "Sin asignar", "Non assigné", "Nicht zugewiesen", "Não atribuído");
    }

    private JiraTerms() {
    }

    private static void jira(Field field, String... headers) {
        names(JIRA_HEADERS, field, headers);
    }

    private static void devlake(Field field, String... headers) {
        names(DEVLAKE_HEADERS, field, headers);
    }

    private static void custom(Field field, String... names) {
        names(CUSTOM_FIELDS, field, names);
    }

    private static void workflow(Status status, String... names) {
        names(WORKFLOW_NAMES, status, names);
    }

    private static <T> void names(Map<String, T> map, T value, String... names) {
        for (String name : names) {
            map.put(fold(name), value);
        }
    }

    private static void words(Set<String> set, String... words) {
        for (String word : words) {
            set.add(fold(word));
        }
    }

    /** Lower case, accents dropped, only letters and digits kept: "Catégorie d'état" and "categorie detat" meet. */
    static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                out.append(c);
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    /** The field a header names in the export's dialect, or {@code null}. */
    static Field header(Dialect dialect, String header) {
        return (dialect == Dialect.DEVLAKE ? DEVLAKE_HEADERS : JIRA_HEADERS).get(fold(header));
    }

    /** Whether {@code prefix} is "Custom field" in one of the languages. */
    static boolean isCustomFieldPrefix(String prefix) {
        return CUSTOM_FIELD_PREFIXES.contains(fold(prefix));
    }

    /** The field a custom field's own name means ("Story Points", "Start date"), or {@code null}. */
    static Field customField(String name) {
        return CUSTOM_FIELDS.get(fold(name));
    }

    /** True for an inward link column's words ("Inward issue link", "Enlace a la incidencia interna"), false for
     * outward ones, {@code null} when the words name neither. */
    static Boolean linkDirection(String words) {
        for (String word : words.split("[\\s\\-/]+")) {
            String folded = fold(word);
            if (INWARD_WORDS.contains(folded)) {
                return true;
            }
            if (OUTWARD_WORDS.contains(folded)) {
                return false;
            }
        }
        return null;
    }

    static boolean isBlockingLinkType(String type) {
        return BLOCKING_LINK_TYPES.contains(fold(type));
    }

    /** Whether the header row holds DevLake's column names. */
    static boolean isDevLakeMarker(String header) {
        return DEVLAKE_MARKERS.contains(fold(header));
    }

    /** A default workflow status or status category by its name in one of the languages, or {@code null}. */
    static Status workflowName(String name) {
        return WORKFLOW_NAMES.get(fold(name));
    }

    static boolean isNotDoneResolution(String resolution) {
        return NOT_DONE_RESOLUTIONS.contains(fold(resolution));
    }

    static boolean isContainerType(String type) {
        return CONTAINER_TYPES.contains(fold(type));
    }

    static boolean isSubtaskType(String type) {
        return SUBTASK_TYPES.contains(fold(type));
    }

    static boolean isUnassigned(String assignee) {
        return UNASSIGNED.contains(fold(assignee)) || fold(assignee).isEmpty();
    }

    /** Where a description's acceptance criteria start ("*Criterios de aceptación:*"), or -1. */
    static int criteriaHeading(String description) {
        String lower = description.toLowerCase(Locale.ROOT);
        int found = -1;
        for (String heading : CRITERIA_HEADINGS) {
            int at = lower.indexOf(heading);
            if (at >= 0 && (found < 0 || at < found)) {
                found = at;
            }
        }
        return found;
    }
}
