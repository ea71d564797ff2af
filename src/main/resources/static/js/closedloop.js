// Sends the CSRF token with every htmx request; the pages' plain forms carry it as a hidden field.
document.addEventListener("htmx:configRequest", function (event) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});

// After a partial update, move the keyboard focus to its message so screen readers announce it
// and keyboard users continue from there instead of from the top of the page.
document.addEventListener("htmx:afterSettle", function (event) {
  var message = event.detail.elt && event.detail.elt.querySelector && event.detail.elt.querySelector(".alert");
  if (message) {
    message.setAttribute("tabindex", "-1");
    message.focus();
  }
});
