/** JMH benchmarks of the security-critical hot paths. */
package io.myapi.benchmarks;
