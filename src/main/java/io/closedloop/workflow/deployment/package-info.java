/**
 * The check every deployment passes before the process engine accepts it: BPMN, DMN and forms may
 * only read process variables and call the process adapters' public methods, so deploying a
 * process never runs arbitrary code on the server.
 */
package io.closedloop.workflow.deployment;
