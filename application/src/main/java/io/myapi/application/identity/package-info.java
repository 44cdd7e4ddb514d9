/** Identity and access: errors and policies shared by its use cases. */
@NullMarked
package io.myapi.application.identity;

import org.jspecify.annotations.NullMarked;
