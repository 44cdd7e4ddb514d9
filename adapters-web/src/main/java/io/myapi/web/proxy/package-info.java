/** The client's address and scheme, taken from forwarding headers only behind trusted proxies. */
@NullMarked
package io.myapi.web.proxy;

import org.jspecify.annotations.NullMarked;
