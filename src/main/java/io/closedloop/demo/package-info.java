/** Demo data: the demo users and a living sample of responses and cases, only when demo data is on. */
package io.closedloop.demo;
