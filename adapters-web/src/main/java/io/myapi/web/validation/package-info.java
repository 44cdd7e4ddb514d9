/** Reusable Bean Validation constraints for request records. */
@NullMarked
package io.myapi.web.validation;

import org.jspecify.annotations.NullMarked;
