/** The web adapter: its explicit wiring. */
@NullMarked
package io.myapi.web;

import org.jspecify.annotations.NullMarked;
