package io.closedloop.demo.generator;

import java.util.List;

/**
 * The world the generator draws from: touchpoints with their teams and score distributions
 * (Westergaard's example: website NPS about 10, customer service about 30, stores about 60), the
 * reasons detractors give per touchpoint in English and Danish, names, segments and ideas.
 */
final class SampleCatalog {

  private SampleCatalog() {}

  /** A touchpoint: its team, how often customers answer about it, and its score shares in percent. */
  record Touchpoint(String code, String team, int weight, int detractorShare, int promoterShare, String employeePrefix,
      int employees, List<Reason> reasons) {}

  /** Why a detractor is unhappy: a root-cause leaf and ways of saying it in English and Danish. */
  record Reason(String rootCause, int weight, List<String> english, List<String> danish) {}


  static final Reason WAITING = new Reason("service.waiting-time", 5,
      List.of("I waited 40 minutes on the phone before anyone answered.", "The queue was endless, over an hour on hold.",
          "Nobody answers the chat during lunch.", "It took a week to get an answer to my email."),
      List.of("Jeg ventede over en time i telefonkøen.", "Alt for lang ventetid, jeg gav op.",
          "Det tog en uge at få svar på min mail.", "Ingen svarede i chatten."));
  static final Reason UNSOLVED = new Reason("service.unsolved-problem", 4,
      List.of("Nobody solved my problem, I had to call three times.", "I explained it again and again and nothing happened.",
          "I will cancel my subscription if this is not fixed."),
      List.of("Mit problem blev ikke løst. Jeg overvejer at opsige mit abonnement.", "Jeg har ringet tre gange uden resultat.",
          "Ingen tog ansvar for min sag."));
  static final Reason NO_CALLBACK = new Reason("service.no-callback", 2,
      List.of("You promised to call me back and never did.", "Still waiting for the call-back I was promised."),
      List.of("I lovede at ringe tilbage, men det skete aldrig.", "Jeg venter stadig på at blive ringet op."));
  static final Reason PRICE = new Reason("price.too-high", 3,
      List.of("Too expensive for what you get.", "The price went up again without any warning."),
      List.of("Prisen er alt for høj i forhold til konkurrenterne.", "For dyrt, og prisen steg uden varsel."));
  static final Reason UNCLEAR_PRICE = new Reason("price.unclear", 1,
      List.of("I could not understand what I was paying for."), List.of("Jeg forstår ikke hvad jeg betaler for."));
  static final Reason STAFF = new Reason("staff.attitude", 3,
      List.of("Rude staff in the store.", "The shop assistant ignored me."),
      List.of("Uvenligt personale i butikken.", "Ekspedienten var uhøflig."));
  static final Reason KNOWLEDGE = new Reason("staff.knowledge", 2,
      List.of("The staff did not know the products.", "Nobody could answer a simple question."),
      List.of("Personalet kendte ikke produkterne.", "Ingen kunne svare på et simpelt spørgsmål."));
  static final Reason MESSY_WEBSITE = new Reason("website.navigation", 5,
      List.of("The website is messy, I could not find the invoice.", "Impossible to find anything on your site.",
          "The checkout kept sending me back to the start."),
      List.of("Hjemmesiden er rodet, jeg kunne ikke finde fakturaen.", "Umuligt at finde noget på jeres side."));
  static final Reason CHAT = new Reason("website.chat", 3,
      List.of("The chat keeps disconnecting.", "The chat was down again."),
      List.of("Hjemmesiden er rodet og chatten virker ikke.", "Chatten afbryder hele tiden."));
  static final Reason WRONG_INVOICE = new Reason("billing.wrong-invoice", 4,
      List.of("The invoice was wrong again.", "I was charged twice this month."),
      List.of("Fakturaen var forkert igen.", "Jeg blev trukket to gange denne måned."));
  static final Reason LATE = new Reason("delivery.late", 2,
      List.of("The delivery came a week late."), List.of("Levering kom en uge for sent."));
  static final Reason DEFECT = new Reason("product.defect", 2,
      List.of("The product stopped working after two weeks.", "The app crashes every time I log in."),
      List.of("Produktet gik i stykker efter to uger.", "App'en lukker ned hver gang jeg logger ind."));
  static final Reason USABILITY = new Reason("product.usability", 2,
      List.of("Setting it up was far too complicated."), List.of("Opsætningen var alt for besværlig."));

  static final List<Touchpoint> TOUCHPOINTS = List.of(
      new Touchpoint("website", "web", 30, 30, 40, "web", 12, List.of(MESSY_WEBSITE, CHAT, UNCLEAR_PRICE, DEFECT, WAITING)),
      new Touchpoint("customer-service", "customer-service", 30, 20, 50, "cs", 300,
          List.of(WAITING, UNSOLVED, NO_CALLBACK, KNOWLEDGE, PRICE)),
      new Touchpoint("store", "stores", 25, 8, 68, "store", 150, List.of(STAFF, KNOWLEDGE, PRICE, WAITING, DEFECT)),
      new Touchpoint("invoice", "billing", 8, 30, 30, "billing", 25, List.of(WRONG_INVOICE, UNCLEAR_PRICE, PRICE)),
      new Touchpoint("onboarding", "onboarding", 7, 15, 45, "onb", 13, List.of(USABILITY, DEFECT, LATE, UNSOLVED)));

  static final List<String> PASSIVE_EN = List.of("Fine, but the app could be faster.", "OK service, nothing special.",
      "Good, but a bit expensive.", "It works, mostly.");
  static final List<String> PASSIVE_DA = List.of("Fint nok, men lidt dyrt.", "Helt ok.", "Godt, men chatten er langsom.");
  static final List<String> PROMOTER_EN = List.of("Great help from the staff, thank you!", "Quick answer in the chat.",
      "Fast delivery and friendly people.", "Solved my problem in one call.");
  static final List<String> PROMOTER_DA = List.of("Super god service i butikken.", "Hurtig levering, tak.",
      "Venligt personale, de løste det med det samme.", "Bedste kundeservice jeg har mødt.");

  static final List<String> FIRST_NAMES = List.of("Mette", "Lars", "Sofie", "Anders", "Emma", "Jonas", "Ida", "Mikkel",
      "Freja", "Oliver", "Clara", "William", "Anna", "Noah", "Laura", "Lucas", "Olivia", "James", "Karen", "Henrik",
      "Maja", "Frederik", "Astrid", "Magnus", "Sarah", "Peter", "Louise", "Thomas", "Camilla", "Rasmus");
  static final List<String> LAST_NAMES = List.of("Hansen", "Nielsen", "Jensen", "Pedersen", "Andersen", "Christensen",
      "Larsen", "Sørensen", "Rasmussen", "Jørgensen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Poulsen",
      "Johansen", "Smith", "Brown", "Berg", "Lund");
  static final List<String> SEGMENTS = List.of("private", "private", "private", "small-business", "small-business", "enterprise");
  static final List<String> PRODUCTS = List.of("subscription", "subscription", "hardware", "support-plan", "accessories");

  static final List<SampleIdea> IDEAS = List.of(
      new SampleIdea("Call-back option in the phone queue", "SHORT_TERM", "service.waiting-time", "customer-service"),
      new SampleIdea("Show the expected waiting time in the chat", "SHORT_TERM", "service.waiting-time", "website"),
      new SampleIdea("One owner per customer problem until it is solved", "LONG_TERM", "service.unsolved-problem", "customer-service"),
      new SampleIdea("Invoice link on the front page", "SHORT_TERM", "website.navigation", "website"),
      new SampleIdea("Rebuild the self-service pages", "LONG_TERM", "website.navigation", "website"),
      new SampleIdea("Move the chat to a stable provider", "LONG_TERM", "website.chat", "website"),
      new SampleIdea("Product training for store staff every month", "SHORT_TERM", "staff.knowledge", "store"),
      new SampleIdea("Plain-language price overview", "SHORT_TERM", "price.unclear", "invoice"),
      new SampleIdea("Check invoices twice before they are sent", "SHORT_TERM", "billing.wrong-invoice", "invoice"),
      new SampleIdea("Guided set-up for new customers", "LONG_TERM", "product.usability", "onboarding"));
}
