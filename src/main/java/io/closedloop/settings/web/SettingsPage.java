package io.closedloop.settings.web;

import io.closedloop.web.WebPage;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.stereotype.Controller;

/**
 * Marks the controller of a settings page: its pages get the settings navigation's place in the
 * main navigation and the {@link FormOutcome} of the last form sent from them (see {@link SettingsForms}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Controller
@WebPage
public @interface SettingsPage {}
