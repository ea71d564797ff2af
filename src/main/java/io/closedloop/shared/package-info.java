/** Small types every module uses: field errors, problem details, actors. */
package io.closedloop.shared;
