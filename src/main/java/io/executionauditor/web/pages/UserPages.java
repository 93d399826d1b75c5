package io.executionauditor.web.pages;

import io.executionauditor.store.UserStore;
import io.executionauditor.web.Role;
import java.security.Principal;
import java.util.Arrays;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The admin's page: who may use the server and with which role. */
@Controller
class UserPages {
    static final int MIN_PASSWORD = 8;

    private final UserStore users;
    private final PasswordEncoder encoder;

    UserPages(UserStore users, PasswordEncoder encoder) {
        this.users = users;
        this.encoder = encoder;
    }

    @GetMapping("/admin/users")
    String list(Model model) {
        model.addAttribute("users", users.list());
        model.addAttribute("roles", Arrays.stream(Role.values()).map(Role::id).toList());
        return "users";
    }

    @PostMapping("/admin/users")
    String create(@RequestParam String username, @RequestParam String password, @RequestParam String role,
            RedirectAttributes flash) {
        String name = username.strip();
        if (!name.matches("[\\p{L}\\p{N}._@-]{1,100}")) {
            return refuse(flash, "A user name is 1 to 100 letters, digits, dots, dashes, underscores or @.");
        }
        if (password.length() < MIN_PASSWORD) {
            return refuse(flash, "A password has at least " + MIN_PASSWORD + " characters.");
        }
        if (!known(role)) {
            return refuse(flash, "Unknown role " + role + ".");
        }
        if (users.find(name).isPresent()) {
            return refuse(flash, "There is already a user " + name + ".");
        }
        users.create(name, encoder.encode(password), Role.of(role).id());
        flash.addFlashAttribute("message", "Created " + name + " (" + Role.of(role).id() + ").");
        return "redirect:/admin/users";
    }

    @PostMapping("/admin/users/{username}/role")
    String changeRole(@PathVariable String username, @RequestParam String role, Principal me,
            RedirectAttributes flash) {
        if (username.equals(me.getName())) {
            return refuse(flash, "You cannot change your own role: ask another admin.");
        }
        if (!known(role)) {
            return refuse(flash, "Unknown role " + role + ".");
        }
        users.changeRole(username, Role.of(role).id());
        flash.addFlashAttribute("message", username + " is now " + Role.of(role).id() + ".");
        return "redirect:/admin/users";
    }

    @PostMapping("/admin/users/{username}/delete")
    String delete(@PathVariable String username, Principal me, RedirectAttributes flash) {
        if (username.equals(me.getName())) {
            return refuse(flash, "You cannot delete yourself.");
        }
        users.delete(username);
        flash.addFlashAttribute("message", "Deleted " + username + ".");
        return "redirect:/admin/users";
    }

    private static boolean known(String role) {
        return Arrays.stream(Role.values()).anyMatch(r -> r.id().equalsIgnoreCase(role.strip()));
    }

    private static String refuse(RedirectAttributes flash, String message) {
        flash.addFlashAttribute("error", message);
        return "redirect:/admin/users";
    }
}
