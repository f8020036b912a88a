/**
 * finsam's internals shared by its modules and not part of the API: the Immutables style and the
 * largest-remainder split (<i>fördelning enligt största rest</i>). Exported only to finsam's own
 * modules.
 */
package dev.finsam.core.internal;
