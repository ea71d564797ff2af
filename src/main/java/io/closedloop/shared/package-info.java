/**
 * Small types every module uses: field errors, problem details, actors.
 *
 * <p>Owns no table.
 */
package io.closedloop.shared;
