package io.executionauditor.web;

import io.executionauditor.store.UserStore;
import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * On first start, with no user at all, creates {@code admin} with the password from
 * {@code EXECUTION_AUDITOR_ADMIN_PASSWORD}, or else a generated one printed once to the console.
 */
@Component
class FirstAdmin implements ApplicationRunner {
    static final String PASSWORD_VARIABLE = "EXECUTION_AUDITOR_ADMIN_PASSWORD";
    private static final Logger LOG = LoggerFactory.getLogger(FirstAdmin.class);

    private final UserStore users;
    private final PasswordEncoder encoder;
    private final String configured;

    FirstAdmin(UserStore users, PasswordEncoder encoder,
            @org.springframework.beans.factory.annotation.Value("${" + PASSWORD_VARIABLE + ":}") String configured) {
        this.users = users;
        this.encoder = encoder;
        this.configured = configured;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (users.count() > 0) {
            return;
        }
        boolean generated = configured.isBlank();
        String password = generated ? generate() : configured;
        users.create("admin", encoder.encode(password), Role.ADMIN.id());
        if (generated) {
            // printed, not logged: the console of the first start is the only place it is ever shown
            System.out.println("Created user admin with password " + password
                    + " (shown once; set " + PASSWORD_VARIABLE + " to choose it)");
        } else {
            LOG.info("Created user admin with the password from {}", PASSWORD_VARIABLE);
        }
    }

    private static String generate() {
        byte[] bytes = new byte[15];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
