package io.executionauditor.web.api;

import io.executionauditor.rules.RuleSet;
import io.executionauditor.store.RuleSetStore;
import io.executionauditor.web.ActiveRules;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.security.Principal;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Rule-set versions for coaches: publish a rules folder (zipped), list what was published. */
@RestController
@Tag(name = "rules")
class RulesApi {
    private final ActiveRules rules;
    private final RuleSetStore store;

    RulesApi(ActiveRules rules, RuleSetStore store) {
        this.rules = rules;
        this.store = store;
    }

    record Version(String version, int rules, String note) {
    }

    @Operation(summary = "Publish a rules folder (a zip of its .drl files, thresholds.yaml and tests/): it must "
            + "compile, pass the sandbox and its fixtures; it becomes the active rule set for the next audits")
    @PostMapping(path = "/api/rules", consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    Version publish(@RequestPart("rules") MultipartFile zip, @RequestParam(defaultValue = "") String note,
            Principal user) throws IOException, ActiveRules.Refused {
        RuleSet published = rules.publish(zip.getBytes(), user.getName(), note);
        return new Version(published.version(), published.catalogue().size(), note);
    }

    @Operation(summary = "Every published rule-set version, newest first, the active one marked")
    @GetMapping(path = "/api/rules/versions", produces = MediaType.APPLICATION_JSON_VALUE)
    List<RuleSetStore.Published> versions() {
        return store.list();
    }

    @ExceptionHandler(ActiveRules.Refused.class)
    ProblemDetail refused(ActiveRules.Refused e) {
        ProblemDetail problem = ApiProblems.problem(HttpStatus.UNPROCESSABLE_ENTITY, "Rule set not published",
                e.problems().size() + " problem(s): nothing was published and the active rule set is unchanged");
        problem.setProperty("problems", e.problems());
        return problem;
    }
}
