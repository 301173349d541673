/* srg-guide static site: search over the prebuilt index and the clickable decision tree. */
(function () {
  "use strict";

  function fold(text) {
    return text.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }

  function words(text) {
    var folded = fold(text);
    var found = folded.match(/[a-z0-9]+/g) || [];
    var joined = [];
    folded.replace(/([a-z]+)-([a-z]+)/g, function (_, a, b) { joined.push(a + b); });
    return found.concat(joined);
  }

  function editDistance(a, b, limit) {
    if (Math.abs(a.length - b.length) > limit) return limit + 1;
    var before = [], previous = [], i, j;
    for (j = 0; j <= b.length; j++) previous.push(j);
    for (i = 1; i <= a.length; i++) {
      var current = [i], lowest = i;
      for (j = 1; j <= b.length; j++) {
        var cost = a[i - 1] === b[j - 1] ? 0 : 1;
        var value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
        if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
          value = Math.min(value, before[j - 2] + 1);
        }
        current.push(value);
        lowest = Math.min(lowest, value);
      }
      if (lowest > limit) return limit + 1;
      before = previous;
      previous = current;
    }
    return previous[b.length];
  }

  function allowedEdits(word) {
    return word.length <= 3 ? 0 : word.length <= 7 ? 1 : 2;
  }

  function matches(postings, query) {
    var found = {};
    if (postings[query]) found[query] = 1.0;
    if (query.length < 3) return found;
    var limit = allowedEdits(query);
    Object.keys(postings).forEach(function (word) {
      if (word in found) return;
      if (word.indexOf(query) === 0) { found[word] = 0.8; return; }
      if (query.length >= 4 && word.indexOf(query) >= 0) { found[word] = 0.55; return; }
      if (!limit) return;
      var distance = editDistance(query, word, limit);
      if (distance <= limit) { found[word] = 0.7 - 0.1 * distance; return; }
      if (word.length > query.length) {
        var prefix = editDistance(query, word.slice(0, query.length), limit);
        if (prefix <= limit) found[word] = 0.55 - 0.05 * prefix;
      }
    });
    return found;
  }

  function search(index, query, limit) {
    var queryWords = words(query).filter(function (w, i, all) { return all.indexOf(w) === i; });
    if (!queryWords.length) return [];
    var total = index.documents.length || 1, scores = {}, matched = {};
    queryWords.forEach(function (queryWord) {
      var best = {}, found = matches(index.postings, queryWord);
      Object.keys(found).forEach(function (word) {
        var posting = index.postings[word];
        var idf = Math.log(1 + total / posting.length);
        posting.forEach(function (pair) {
          var value = found[word] * idf * pair[1] / (pair[1] + 1.5);
          if (!(pair[0] in best) || best[pair[0]] < value) best[pair[0]] = value;
        });
      });
      Object.keys(best).forEach(function (n) {
        scores[n] = (scores[n] || 0) + best[n];
        matched[n] = (matched[n] || 0) + 1;
      });
    });
    return Object.keys(scores)
      .map(function (n) {
        var share = matched[n] / queryWords.length;
        return { doc: index.documents[n], score: scores[n] * share * share };
      })
      .filter(function (hit) { return hit.doc.href; })
      .sort(function (a, b) { return b.score - a.score || a.doc.title.localeCompare(b.doc.title); })
      .slice(0, limit);
  }

  var KIND_LABELS = { module: "richtlijn", code: "type", vraag: "vraag", regel: "controle" };

  function setUpSearch() {
    var input = document.getElementById("zoek");
    var list = document.getElementById("zoekresultaten");
    if (!input || !window.SRG_SEARCH) return;
    function show() {
      var hits = search(window.SRG_SEARCH, input.value, 8);
      list.innerHTML = "";
      hits.forEach(function (hit) {
        var item = document.createElement("li"), link = document.createElement("a");
        var kind = document.createElement("span");
        kind.className = "kind";
        kind.textContent = KIND_LABELS[hit.doc.kind] || hit.doc.kind;
        link.href = hit.doc.href;
        link.appendChild(kind);
        link.appendChild(document.createTextNode(hit.doc.title));
        item.appendChild(link);
        list.appendChild(item);
      });
      if (!hits.length && input.value.trim()) {
        var none = document.createElement("li");
        none.textContent = "Niets gevonden. Probeer een ander woord.";
        list.appendChild(none);
      }
      list.hidden = !input.value.trim();
    }
    input.addEventListener("input", show);
    input.addEventListener("keydown", function (event) {
      var first = list.querySelector("a");
      if (event.key === "Enter" && first) window.location.href = first.getAttribute("href");
      if (event.key === "Escape") { input.value = ""; show(); }
    });
  }

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text) node.textContent = text;
    return node;
  }

  function references(refs) {
    var box = element("div", "refs");
    box.appendChild(element("strong", "", "Uit de richtlijnen"));
    refs.forEach(function (ref) {
      var title = element("div"), link = element("a", "", ref.title);
      link.href = ref.href;
      title.appendChild(link);
      box.appendChild(title);
      if (ref.excerpt) box.appendChild(element("p", "", ref.excerpt));
    });
    return box;
  }

  function setUpTree() {
    var tree = window.SRG_TREE, walk = document.getElementById("walk");
    if (!tree || !walk) return;
    var back = document.getElementById("terug"), restart = document.getElementById("opnieuw");
    var print = document.getElementById("afdrukken"), rationale = document.getElementById("onderbouwing");
    var pathList = document.getElementById("pad");
    var start = tree.nodes[location.hash.slice(1)] ? location.hash.slice(1) : tree.start;
    var steps = [], current = start;

    function render() {
      var node = tree.nodes[current];
      walk.innerHTML = "";
      walk.dataset.node = current;
      walk.dataset.kind = node.kind;
      back.disabled = steps.length === 0;
      if (current !== tree.start && steps.length === 0) {
        walk.appendChild(element("p", "help", "U begint midden in de beslisboom, bij de gekozen vraag."));
      }
      if (node.kind === "outcome") {
        var verdict = node.counts === true ? "ja" : node.counts === false ? "nee" : "onbekend";
        var box = element("div", "outcome " + verdict);
        box.id = "uitkomst";
        box.dataset.outcome = current;
        box.appendChild(element("h2", "", node.title));
        if (node.code) {
          box.appendChild(element("p", "code", "Type " + node.code + " " + (node.code_name || "")));
        }
        if (node.doel) {
          box.appendChild(element("p", "doel", "Doel inzet " + node.doel + " " + (node.doel_name || "")));
        }
        if (node.level) box.appendChild(element("p", "level", "Niveau: " + node.level));
        if (node.text) box.appendChild(element("p", "", node.text));
        walk.appendChild(box);
      } else {
        walk.appendChild(element("p", "question", node.text));
        if (node.help) walk.appendChild(element("p", "help", node.help));
        var choices = element("ul", "choices");
        node.choices.forEach(function (choice) {
          var item = element("li"), button = element("button", "", choice.label);
          button.type = "button";
          button.dataset.choice = choice.id;
          button.addEventListener("click", function () {
            steps.push({ node: current, text: node.text, answer: choice.label });
            current = choice.next;
            render();
          });
          item.appendChild(button);
          choices.appendChild(item);
        });
        walk.appendChild(choices);
      }
      if (node.guidelines.length) walk.appendChild(references(node.guidelines));
      pathList.innerHTML = "";
      steps.forEach(function (step) {
        var item = element("li");
        item.appendChild(element("span", "", step.text + " "));
        item.appendChild(element("strong", "", step.answer));
        pathList.appendChild(item);
      });
      var done = node.kind === "outcome";
      if (done) pathList.appendChild(element("li", "", "Uitkomst: " + node.title));
      rationale.hidden = steps.length === 0;
      print.hidden = !done;
    }

    back.addEventListener("click", function () {
      if (steps.length) { current = steps.pop().node; render(); }
    });
    restart.addEventListener("click", function () { steps = []; current = tree.start; render(); });
    print.addEventListener("click", function () { window.print(); });
    render();
  }

  setUpSearch();
  setUpTree();
})();
