/**
 * The process engine's configuration and plugins, shared by every process: process keys, the
 * deployment check ({@code workflow/deployment}, which holds each process to the
 * {@link io.closedloop.workflow.deployment.ProcessContract} its module declares), the refusal of a
 * step through the engine's doors, erasing variables from the engine's tables, job meters and the
 * processes page. Knows no module's process: those adapters live beside their module.
 *
 * <p>The engine rule in one sentence: only {@code workflow}, {@code identity} and each module's
 * {@code process} package ({@code cases/process}, {@code ideas/process}, {@code intake/process},
 * {@code resurvey/process}, {@code tasks/process}, {@code forms/process}) import {@code org.camunda}.
 *
 * <p>Owns no table of ClosedLoop's; the engine's own {@code act_*} tables are read and written here
 * and in the process packages.
 */
package io.closedloop.workflow;
