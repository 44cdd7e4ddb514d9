package io.myapi.domain.user;

/** Whether an account may be used. */
public enum UserStatus {
    /** Normal use. */
    ACTIVE,
    /** An administrator forced a reset (R18.6): only the password change is allowed. */
    PASSWORD_RESET_REQUIRED
}
