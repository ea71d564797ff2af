/** The Camunda Forms deployed to the engine, behind the forms module's {@link io.closedloop.forms.DeployedForms} port. */
package io.closedloop.forms.process;
