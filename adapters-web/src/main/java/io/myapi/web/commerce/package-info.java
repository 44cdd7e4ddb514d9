/** REST endpoints of the catalogue (v1 and v2) and of orders. */
@NullMarked
package io.myapi.web.commerce;

import org.jspecify.annotations.NullMarked;
