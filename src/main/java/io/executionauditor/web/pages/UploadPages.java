package io.executionauditor.web.pages;

import io.executionauditor.importer.UnreadableInputException;
import io.executionauditor.importer.xlsx.TemplateWriter;
import io.executionauditor.rules.RuleSetException;
import io.executionauditor.store.AuditRow;
import io.executionauditor.store.StoredFile;
import io.executionauditor.store.UploadStore;
import io.executionauditor.web.AuditService;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.security.Principal;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Upload in two steps: the file is read and its import shown (rows read, problems by sheet, row and column);
 * only when the person confirms is it audited and saved.
 */
@Controller
class UploadPages {
    private final AuditService service;
    private final UploadStore uploads;

    UploadPages(AuditService service, UploadStore uploads) {
        this.service = service;
        this.uploads = uploads;
    }

    @GetMapping("/upload")
    String form() {
        return "upload";
    }

    @PostMapping("/upload")
    String preview(@RequestParam("file") MultipartFile file,
            @RequestParam(name = "asOf", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            Model model, HttpServletResponse response) throws IOException {
        if (file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isEmpty())) {
            return rejected("Choose a plan to upload: an .xlsx workbook or a .csv file.", model, response);
        }
        try (InputStream in = file.getInputStream()) {
            AuditService.Preview preview = service.receive(in, file.getOriginalFilename());
            model.addAttribute("preview", preview);
            model.addAttribute("asOf", asOf);
            return "preview";
        } catch (UnreadableInputException e) {
            return rejected(e.getMessage(), model, response);
        }
    }

    @PostMapping("/upload/save")
    String save(@RequestParam String stored, @RequestParam String name,
            @RequestParam(name = "asOf", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            Principal user, Model model, HttpServletResponse response) {
        StoredFile file = uploads.pending(stored, name).orElse(null);
        if (file == null) {
            return rejected("That upload is no longer waiting to be saved: upload the file again.", model, response);
        }
        try {
            AuditRow row = service.save(service.reopen(file), asOf, user.getName());
            return "redirect:/audits/" + row.id();
        } catch (UnreadableInputException | RuleSetException e) {
            service.discard(file);
            return rejected(e.getMessage(), model, response);
        }
    }

    @PostMapping("/upload/discard")
    String discard(@RequestParam String stored, @RequestParam String name) {
        uploads.pending(stored, name).ifPresent(service::discard);
        return "redirect:/upload";
    }

    @GetMapping("/template.xlsx")
    void template(HttpServletResponse response) throws IOException {
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"plan-template.xlsx\"");
        new TemplateWriter().write(response.getOutputStream());
    }

    private static String rejected(String message, Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("error", message);
        return "upload";
    }
}
