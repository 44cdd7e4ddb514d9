package io.myapi.web.identity;

import io.myapi.application.identity.port.in.ChangePasswordUseCase;
import io.myapi.application.identity.port.in.CreateApiKeyUseCase;
import io.myapi.application.identity.port.in.ChangeSubscriptionTierUseCase;
import io.myapi.application.identity.port.in.ForcePasswordResetUseCase;
import io.myapi.application.identity.port.in.GetCurrentUserUseCase;
import io.myapi.application.identity.port.in.ListApiKeysUseCase;
import io.myapi.application.identity.port.in.ListSessionsUseCase;
import io.myapi.application.identity.port.in.ListUsersUseCase;
import io.myapi.application.identity.port.in.LoginUseCase;
import io.myapi.application.identity.port.in.LogoutUseCase;
import io.myapi.application.identity.port.in.RefreshSessionUseCase;
import io.myapi.application.identity.port.in.RegisterUserUseCase;
import io.myapi.application.identity.port.in.ReplaceUserRolesUseCase;
import io.myapi.application.identity.port.in.RevokeApiKeyUseCase;
import io.myapi.application.identity.port.in.RevokeSessionUseCase;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The identity controllers, declared explicitly. Needs the identity use cases, a
 * {@link RefreshCookies} and a {@code Duration} bean named {@code refreshCookieLifetime}.
 */
@Configuration(proxyBeanMethods = false)
public class IdentityWebConfiguration {

    @Bean
    AuthController authController(RegisterUserUseCase register, LoginUseCase login, RefreshSessionUseCase refresh,
            LogoutUseCase logout, ListSessionsUseCase listSessions, RevokeSessionUseCase revokeSession,
            ChangePasswordUseCase changePassword, RefreshCookies cookies,
            @Qualifier("refreshCookieLifetime") Duration refreshCookieLifetime) {
        return new AuthController(register, login, refresh, logout, listSessions, revokeSession, changePassword, cookies,
                refreshCookieLifetime);
    }

    @Bean
    AccountController accountController(GetCurrentUserUseCase currentUser) {
        return new AccountController(currentUser);
    }

    @Bean
    ApiKeyController apiKeyController(CreateApiKeyUseCase create, ListApiKeysUseCase list, RevokeApiKeyUseCase revoke) {
        return new ApiKeyController(create, list, revoke);
    }

    @Bean
    AdminUserController adminUserController(ListUsersUseCase list, ReplaceUserRolesUseCase replaceRoles,
            ForcePasswordResetUseCase forceReset,
            ChangeSubscriptionTierUseCase changeTier) {
        return new AdminUserController(list, replaceRoles, forceReset, changeTier);
    }
}
