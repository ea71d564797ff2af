package io.closedloop.cases.web;

import io.closedloop.cases.CloseTheLoopChannel;
import io.closedloop.cases.CloseTheLoopMail;
import io.closedloop.cases.DetractorCase;
import io.closedloop.customermail.MailRecipient;
import io.closedloop.customermail.RenderedMail;
import io.closedloop.forms.FormComponent;
import io.closedloop.forms.FormDefinition;
import io.closedloop.ideas.Idea;
import io.closedloop.ideas.IdeaBacklog;
import io.closedloop.ideas.IdeaStatus;
import io.closedloop.reference.RootCauses;
import io.closedloop.web.Labels;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * The resolve form of a case as our page shows it: the root causes of the taxonomy as it stands,
 * the open ideas to join, and the close-the-loop message drafted from the mail template for this
 * customer, with "by email" offered only when the customer may be mailed (else the form says why).
 */
@Component
class ResolveForms {

  static final String FORM = "resolve-case";
  static final String JOIN_IDEA = "joinIdeaId";
  private static final String CHANNEL = "closeTheLoopChannel";
  private static final String MESSAGE = "closeTheLoopMessage";
  /** The variable the form's root-cause choice takes its values from ({@code valuesKey}); the process sets it for Tasklist. */
  static final String ROOT_CAUSE_OPTIONS = "rootCauseOptions";
  private static final List<IdeaStatus> OPEN_IDEAS = List.of(IdeaStatus.PROPOSED, IdeaStatus.SELECTED, IdeaStatus.IN_PROGRESS);
  private static final int OFFERED_IDEAS = 500;

  private final CaseForms forms;
  private final RootCauses rootCauses;
  private final IdeaBacklog ideas;
  private final Labels labels;
  private final CloseTheLoopMail mails;
  private final MessageSource messages;

  ResolveForms(CaseForms forms, RootCauses rootCauses, IdeaBacklog ideas, Labels labels, CloseTheLoopMail mails,
      MessageSource messages) {
    this.forms = forms;
    this.rootCauses = rootCauses;
    this.ideas = ideas;
    this.labels = labels;
    this.mails = mails;
    this.messages = messages;
  }

  /** The form for this case, its owner and its customer as a mail recipient. */
  FormDefinition of(DetractorCase detractorCase, String owner, MailRecipient recipient) {
    List<FormComponent.Option> leaves = rootCauses.choices(labels::rootCause).stream()
        .map(choice -> new FormComponent.Option(choice.label(), choice.value())).toList();
    List<FormComponent.Option> openIdeas = openIdeas().stream()
        .map(idea -> new FormComponent.Option(idea.getTitle(), idea.getId().toString())).toList();
    FormDefinition form = forms.of(detractorCase, CaseForms.RESOLVE_STEP, FORM).withValuesFrom(Map.of(ROOT_CAUSE_OPTIONS, leaves));
    return new FormDefinition(form.id(), form.components().stream()
        .map(component -> switch (component.key() == null ? "" : component.key()) {
          case JOIN_IDEA -> asChoice(component, openIdeas);
          case CHANNEL -> channel(component, recipient);
          case MESSAGE -> drafted(component, detractorCase, recipient, owner);
          default -> component;
        }).toList());
  }

  /** The case's customer as a mail recipient: whether they may be mailed, and why not. */
  MailRecipient recipientOf(DetractorCase detractorCase) {
    return mails.recipientOf(detractorCase);
  }

  /** The open ideas a resolution may join, by title. */
  List<Idea> openIdeas() {
    return ideas.list(OPEN_IDEAS, PageRequest.of(0, OFFERED_IDEAS, Sort.by("title"))).getContent();
  }

  private FormComponent channel(FormComponent field, MailRecipient recipient) {
    Locale locale = LocaleContextHolder.getLocale();
    if (recipient.canBeMailed()) {
      return withDefault(field, CloseTheLoopChannel.EMAIL.name(), messages.getMessage("cases.mail.channel", null, locale));
    }
    String why = messages.getMessage("cases.mail.refused." + recipient.whyNot().orElseThrow(), null, locale);
    List<FormComponent.Option> withoutEmail = field.values().stream()
        .filter(option -> !CloseTheLoopChannel.EMAIL.name().equals(option.value())).toList();
    return new FormComponent(field.id(), field.type(), field.key(), field.label(), why, field.text(),
        CloseTheLoopChannel.PHONE.name(), field.subtype(), withoutEmail, field.validate());
  }

  private FormComponent drafted(FormComponent field, DetractorCase detractorCase, MailRecipient recipient, String owner) {
    RenderedMail draft = mails.draft(detractorCase, recipient, owner, "");
    String subject = messages.getMessage("cases.mail.subject", new Object[] {draft.subject()}, LocaleContextHolder.getLocale());
    return withDefault(field, draft.body(), subject);
  }

  private static FormComponent withDefault(FormComponent field, String value, String description) {
    return new FormComponent(field.id(), field.type(), field.key(), field.label(), description, field.text(), value,
        field.subtype(), field.values(), field.validate());
  }

  /** The file's field for an idea's id becomes a choice of the open ideas, which the page shows by title. */
  private static FormComponent asChoice(FormComponent field, List<FormComponent.Option> ideas) {
    return new FormComponent(field.id(), "select", field.key(), field.label(), field.description(), field.text(), null, null, ideas,
        new FormComponent.Validation(false, null, null, null, null, null));
  }
}
