/** The Net Promoter Score: where a 0-10 answer falls and how a set of answers becomes one score. */
package io.closedloop.nps;
