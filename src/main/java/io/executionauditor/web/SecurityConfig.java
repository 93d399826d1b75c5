package io.executionauditor.web;

import io.executionauditor.store.UserStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import java.util.LinkedHashMap;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.RequestMatcherDelegatingAccessDeniedHandler;
import org.springframework.security.web.authentication.DelegatingAuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.AntPathRequestMatcher;
import io.executionauditor.web.api.ApiAccessProblems;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may do what. Browsers log in with a form and a session (CSRF-protected forms); scripts send HTTP Basic
 * credentials with every call, which need no CSRF token. Passwords are stored as bcrypt hashes.
 */
@Configuration
public class SecurityConfig {
    private static final RequestMatcher API = new AntPathRequestMatcher("/api/**");
    private static final ApiAccessProblems API_PROBLEMS = new ApiAccessProblems();

    @Bean
    SecurityFilterChain security(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers("/login", "/css/**", "/js/**", "/webjars/**", "/favicon.svg", "/error").permitAll()
                .requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").permitAll()
                .requestMatchers(HttpMethod.POST, "/api/audits", "/upload/**").hasRole(Role.AUDITOR.name())
                .requestMatchers("/upload/**").hasRole(Role.AUDITOR.name())
                .requestMatchers(HttpMethod.POST, "/audits/*/accept", "/audits/*/acceptances/**", "/audits/*/rerun",
                        "/api/audits/*/acceptances", "/api/audits/*/rerun", "/api/acceptances/**")
                .hasRole(Role.AUDITOR.name())
                .requestMatchers(HttpMethod.DELETE, "/api/**").hasRole(Role.AUDITOR.name())
                .requestMatchers(HttpMethod.POST, "/api/rules").hasRole(Role.COACH.name())
                .requestMatchers("/admin/**").hasRole(Role.ADMIN.name())
                .requestMatchers("/rules/**", "/rules").hasRole(Role.COACH.name())
                .anyRequest().hasRole(Role.VIEWER.name()))
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/audits", false).permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll())
                .httpBasic(basic -> basic.authenticationEntryPoint(API_PROBLEMS))
                .csrf(csrf -> csrf.ignoringRequestMatchers(request -> request.getHeader("Authorization") != null))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(entryPoint())
                        .accessDeniedHandler(accessDenied()));
        return http.build();
    }

    /** The API answers 401 with a problem; a page sends the browser to the login form. */
    private static AuthenticationEntryPoint entryPoint() {
        LinkedHashMap<RequestMatcher, AuthenticationEntryPoint> byPath = new LinkedHashMap<>();
        byPath.put(API, API_PROBLEMS);
        DelegatingAuthenticationEntryPoint entryPoint = new DelegatingAuthenticationEntryPoint(byPath);
        entryPoint.setDefaultEntryPoint(new LoginUrlAuthenticationEntryPoint("/login"));
        return entryPoint;
    }

    /**
     * The API answers 403 with a problem; a page gets the error page. (Spring Security's
     * {@code defaultAccessDeniedHandlerFor} would use its one handler for every path, pages included.)
     */
    private static AccessDeniedHandler accessDenied() {
        LinkedHashMap<RequestMatcher, AccessDeniedHandler> byPath = new LinkedHashMap<>();
        byPath.put(API, API_PROBLEMS);
        return new RequestMatcherDelegatingAccessDeniedHandler(byPath, new AccessDeniedHandlerImpl());
    }

    @Bean
    static RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.fromHierarchy("ROLE_ADMIN > ROLE_COACH\nROLE_COACH > ROLE_AUDITOR\n"
                + "ROLE_AUDITOR > ROLE_VIEWER");
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    UserDetailsService users(UserStore store) {
        return username -> store.find(username)
                .map(user -> User.withUsername(user.username()).password(user.passwordHash())
                        .roles(Role.of(user.role()).name()).build())
                .orElseThrow(() -> new UsernameNotFoundException(username));
    }
}
