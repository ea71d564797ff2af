/**
 * The process engine at the edge: process keys and variable names, the adapters that let
 * BPMN call the modules' use cases, and the implementations of their workflow ports.
 */
package io.closedloop.workflow;
