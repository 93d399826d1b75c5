package io.executionauditor.web;

import io.executionauditor.store.UserStore;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A test class's users, one per role, named after the role with the class's prefix ({@code errors-viewer}, password
 * {@code pw-errors-viewer}), so test classes sharing a database never meet each other's users.
 */
final class RoleUsers {
    private final String prefix;

    RoleUsers(String prefix) {
        this.prefix = prefix;
    }

    /** Creates the users of these roles that do not exist yet. */
    void create(UserStore users, PasswordEncoder encoder, String... roles) {
        for (String role : roles) {
            if (users.find(name(role)).isEmpty()) {
                users.create(name(role), encoder.encode(password(role)), role);
            }
        }
    }

    /** The role's user, logged in through the form as a browser is. */
    HttpUser browser(int port, String role) {
        return new HttpUser(port).login(name(role), password(role));
    }

    /** The role's user, sending Basic credentials as a script does. */
    HttpUser script(int port, String role) {
        return new HttpUser(port).basic(name(role), password(role));
    }

    private String name(String role) {
        return prefix + "-" + role;
    }

    private String password(String role) {
        return "pw-" + prefix + "-" + role;
    }
}
