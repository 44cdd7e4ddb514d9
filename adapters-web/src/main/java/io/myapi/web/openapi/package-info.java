/** The OpenAPI description of the API (springdoc), with its security schemes. */
@NullMarked
package io.myapi.web.openapi;

import org.jspecify.annotations.NullMarked;
