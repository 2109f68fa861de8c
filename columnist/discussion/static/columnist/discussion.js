// Columnist discussion: "Reply" opens the form in place, and a permalink to a comment on
// another page of the thread finds that page. The page works without this script.
(function () {
  "use strict";

  function openReplyInPlace(link) {
    var form = document.getElementById("reply-form");
    var comment = document.getElementById("comment-" + link.dataset.replyTo);
    if (!form || !comment) return false;
    comment.appendChild(form);
    form.querySelector("input[name=parent]").value = link.dataset.replyTo;
    form.querySelector("#reply-form-title").textContent = "Reply to " + link.dataset.replyName;
    // Context questions belong to new questions only.
    form.querySelectorAll("[name^=context_]").forEach(function (field) {
      field.closest(".field").hidden = true;
      field.disabled = true;
    });
    var cancel = form.querySelector(".cancel-reply");
    if (!cancel) {
      cancel = document.createElement("button");
      cancel.type = "button";
      cancel.className = "cancel-reply button-quiet";
      cancel.textContent = "Cancel reply";
      cancel.addEventListener("click", resetForm);
      form.querySelector("button[type=submit]").after(cancel);
    }
    var body = form.querySelector("textarea[name=body]");
    if (body) body.focus();
    return true;
  }

  function resetForm() {
    var form = document.getElementById("reply-form");
    var home = document.getElementById("comments");
    if (!form || !home) return;
    home.appendChild(form);
    form.querySelector("input[name=parent]").value = "";
    form.querySelector("#reply-form-title").textContent = "Leave a reply";
    form.querySelectorAll("[name^=context_]").forEach(function (field) {
      field.closest(".field").hidden = false;
      field.disabled = false;
    });
    var cancel = form.querySelector(".cancel-reply");
    if (cancel) cancel.remove();
  }

  document.addEventListener("click", function (event) {
    var link = event.target.closest("a.reply-link");
    if (link && openReplyInPlace(link)) event.preventDefault();
  });

  var match = /^#comment-(\d+)$/.exec(window.location.hash);
  if (match && !document.getElementById("comment-" + match[1])) {
    window.location.replace("/comments/" + match[1] + "/");
  }
})();
