/** API keys: long-lived credentials a user creates for machine clients. */
@NullMarked
package io.myapi.domain.apikey;

import org.jspecify.annotations.NullMarked;
