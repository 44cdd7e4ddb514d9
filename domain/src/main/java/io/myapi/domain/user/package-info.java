/** Accounts: users, their roles and permissions, their password state. */
@NullMarked
package io.myapi.domain.user;

import org.jspecify.annotations.NullMarked;
