package io.executionauditor.web;

import io.executionauditor.store.UserStore;
import io.executionauditor.web.api.ApiAccessProblems;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.RequestMatcherDelegatingAccessDeniedHandler;
import org.springframework.security.web.authentication.DelegatingAuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.AntPathRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may do what. Browsers log in with a form and a session; every form they send carries the session's CSRF
 * token. Scripts send HTTP Basic credentials to {@code /api} with every call and need no token. Passwords are stored
 * as bcrypt hashes.
 *
 * <p>Each endpoint is listed with the least role it needs, by path and method; reading anything unlisted needs a
 * login, changing anything unlisted is refused to everyone, so a new endpoint is closed until it is given a role
 * here (and a row in {@code SecurityMatrixTest}).
 */
@Configuration
public class SecurityConfig {
    static final RequestMatcher API = new AntPathRequestMatcher("/api/**");
    private static final ApiAccessProblems API_PROBLEMS = new ApiAccessProblems();
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    /** What a viewer reads: audits, their history, the portfolio, reports, the active rules. */
    private static final String[] VIEWER_READS = {"/", "/audits", "/audits/*", "/audits/*/history", "/portfolio",
        "/template.xlsx", "/api/audits", "/api/audits/*", "/api/audits/*/report", "/api/rules",
        "/api/rules/versions"};

    @Bean
    SecurityFilterChain security(HttpSecurity http) throws Exception {
        String viewer = Role.VIEWER.name();
        String auditor = Role.AUDITOR.name();
        String coach = Role.COACH.name();
        http.authorizeHttpRequests(auth -> auth
                // anyone: the login form, static files, the error page, and the API's description (the contract a
                // script's author reads before having an account; it holds no data)
                .requestMatchers("/login", "/css/**", "/js/**", "/webjars/**", "/favicon.svg", "/error").permitAll()
                .requestMatchers(HttpMethod.GET, "/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml",
                        "/swagger-ui/**", "/swagger-ui.html").permitAll()
                .requestMatchers(HttpMethod.GET, VIEWER_READS).hasRole(viewer)
                .requestMatchers(HttpMethod.HEAD, VIEWER_READS).hasRole(viewer)
                // auditor: upload plans, accept findings and withdraw them, audit a kept file again
                .requestMatchers("/upload", "/upload/*").hasRole(auditor)
                .requestMatchers(HttpMethod.POST, "/audits/*/accept", "/audits/*/rerun",
                        "/audits/*/acceptances/*/withdraw", "/api/audits", "/api/audits/*/rerun",
                        "/api/audits/*/acceptances").hasRole(auditor)
                .requestMatchers(HttpMethod.DELETE, "/api/acceptances/*").hasRole(auditor)
                // coach: the rules, their editor and versions
                .requestMatchers("/rules", "/rules/**").hasRole(coach)
                .requestMatchers(HttpMethod.POST, "/api/rules").hasRole(coach)
                // admin: users
                .requestMatchers("/admin/**").hasRole(Role.ADMIN.name())
                // unlisted: reading needs a login (an unknown page is a 404 for users, the login form for others);
                // changing is refused until the endpoint is listed above
                .requestMatchers(HttpMethod.GET, "/**").hasRole(viewer)
                .anyRequest().denyAll())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/audits", false).permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll())
                .httpBasic(basic -> basic.authenticationEntryPoint(API_PROBLEMS))
                .csrf(csrf -> csrf.requireCsrfProtectionMatcher(SecurityConfig::needsCsrfToken))
                // on every response, beside Spring Security's nosniff and no-store: the CSP, no referrer to other
                // sites (an audit's address names plans and people), never in a frame
                .headers(headers -> headers
                        .addHeaderWriter(new ContentSecurityPolicy())
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                        .frameOptions(frames -> frames.deny()))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(entryPoint())
                        .accessDeniedHandler(accessDenied()));
        return http.build();
    }

    /**
     * A change needs the session's CSRF token unless it is a script's call. Forms always need it. A call to
     * {@code /api} with HTTP Basic credentials is a script's, unless a browser sends it for another site: a browser
     * that has cached Basic credentials (someone typed them into its prompt) attaches them to a forged cross-site form
     * too, and its {@code Sec-Fetch-Site} header gives that away. A call to {@code /api} riding on the browser's
     * session needs the token like a form; one with neither session nor credentials has nothing to forge and gets its
     * 401.
     */
    static boolean needsCsrfToken(HttpServletRequest request) {
        if (SAFE_METHODS.contains(request.getMethod())) {
            return false;
        }
        if (!API.matches(request)) {
            return true;
        }
        if (basicCredentials(request)) {
            return fromAnotherSite(request);
        }
        return request.getSession(false) != null;
    }

    private static boolean basicCredentials(HttpServletRequest request) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        return authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
    }

    /** A browser's own word (Fetch Metadata) that another site made it send this request. */
    private static boolean fromAnotherSite(HttpServletRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        return site != null && !site.equals("same-origin") && !site.equals("none");
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
