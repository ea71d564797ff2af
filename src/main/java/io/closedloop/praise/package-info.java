/** Praise: promoters' words sent to the employees they name, and each staff member's own page ({@code /me}). */
package io.closedloop.praise;
