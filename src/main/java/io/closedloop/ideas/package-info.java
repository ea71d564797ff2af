/**
 * Ideas: the backlog of improvement ideas that case outcomes, staff and improvement meetings
 * feed, and that the improvement cycle turns into done and evaluated changes.
 */
package io.closedloop.ideas;
