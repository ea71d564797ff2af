// The case page. A form that came back with mistakes was answered at the address it was sent to;
// the address bar shows the case's own address instead, so a reload shows the case and sends nothing again.
(function () {
  var main = document.getElementById("main");
  var caseUrl = main && main.getAttribute("data-case-url");
  if (caseUrl && window.location.pathname !== caseUrl && window.history.replaceState) {
    window.history.replaceState(null, "", caseUrl);
  }

  // The summary of a form's mistakes gets the focus; each of its links takes the focus to its field.
  var summary = document.getElementById("error-summary");
  if (summary) {
    summary.focus();
    summary.addEventListener("click", function (event) {
      var link = event.target.closest("a[href^='#']");
      var field = link && document.getElementById(link.getAttribute("href").substring(1));
      if (field) {
        event.preventDefault();
        field.scrollIntoView({ block: "center" });
        field.focus();
      }
    });
  }

  // The list of open ideas to join can be long: a search box narrows it down by title.
  function showFilter(root) {
    var filter = root.querySelector && root.querySelector("#join-idea-filter");
    if (filter) {
      filter.hidden = false;
    }
  }

  showFilter(document);
  document.addEventListener("htmx:afterSettle", function (event) {
    showFilter(event.detail.elt);
  });
  document.addEventListener("input", function (event) {
    if (event.target.id !== "join-idea-filter") {
      return;
    }
    var words = event.target.value.trim().toLowerCase();
    var select = document.getElementById("join-idea");
    Array.prototype.forEach.call(select.options, function (option) {
      option.hidden = option.value !== "" && !option.selected && words !== "" && option.text.toLowerCase().indexOf(words) < 0;
    });
  });
})();
