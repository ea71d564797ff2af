/** The open user tasks as the engine holds them, behind the tasks module's {@link io.closedloop.tasks.UserTasks} port. */
package io.closedloop.tasks.process;
