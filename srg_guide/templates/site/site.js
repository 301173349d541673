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

  /* Open points of a walk, worded as srg_guide/tree/conditional.py and rationale.py do:
     "weet ik niet" goes on with the assumed answer, a grey-area answer holds "mits" its
     condition, and each alternative answer is walked on to the outcome it would give. */
  function conditionalWalk(tree) {
    var UNKNOWN = "weet-ik-niet", CONTINUE = "verder", labels = tree.labels;

    function choiceOf(node, id) {
      return node.choices.filter(function (c) { return c.id === id; })[0] || null;
    }
    function authored(node) {
      return node.choices.filter(function (c) { return c.id !== UNKNOWN; });
    }
    function effective(node, id) {
      if (id !== UNKNOWN) return choiceOf(node, id);
      return node.unknown ? choiceOf(node, node.unknown.assume) : null;
    }
    function facts(answers) {
      var found = {};
      answers.forEach(function (answer) {
        var node = tree.nodes[answer[0]];
        if (!node || !node.records) return;
        var option = effective(node, answer[1]);
        if (option && option.value != null) found[node.records] = option.value;
      });
      return found;
    }
    function doelAssumed(answers) {
      return answers.some(function (answer) {
        var node = tree.nodes[answer[0]];
        return node && node.records === "doel" && answer[1] === UNKNOWN;
      });
    }
    function verdictKey(outcomeId, doel) {
      if (outcomeId === null) return "open";
      var o = tree.nodes[outcomeId];
      return JSON.stringify([o.counts, o.type, o.counts === true ? doel || null : null, o.action, o.level]);
    }
    function walkOn(answers, index, optionId) {
      var given = {}, assumed = [];
      answers.forEach(function (answer) { given[answer[0]] = answer[1]; });
      var path = answers.slice(0, index).concat([[answers[index][0], optionId]]);
      var nodeId = choiceOf(tree.nodes[answers[index][0]], optionId).next;
      for (var step = 0; step <= Object.keys(tree.nodes).length; step++) {
        var node = tree.nodes[nodeId], choice;
        if (node.kind === "outcome") return { outcome: nodeId, path: path };
        if (node.note) choice = CONTINUE;
        else if (nodeId in given) choice = given[nodeId];
        else if (node.unknown) { choice = UNKNOWN; assumed.push(nodeId); }
        else return { outcome: null, path: path, stop: node.text };
        path.push([nodeId, choice]);
        nodeId = choiceOf(node, choice).next;
      }
      return { outcome: null, path: path };
    }
    function alternativesOf(answers, index, others, otherwiseOutcome) {
      if (otherwiseOutcome) {
        return [{ label: labels.otherwise, outcome: otherwiseOutcome, doel: null }];
      }
      return others.map(function (other) {
        var reached = walkOn(answers, index, other.id);
        return {
          label: other.label, outcome: reached.outcome, doel: facts(reached.path).doel || null,
          openQuestion: reached.stop || null, doelAssumed: doelAssumed(reached.path)
        };
      });
    }
    function openPoint(answers, index, actual) {
      var node = tree.nodes[answers[index][0]], optionId = answers[index][1];
      var point = { question: node.text, isUnknown: optionId === UNKNOWN, assumed: null };
      var others, otherwiseOutcome = null;
      if (point.isUnknown) {
        var rule = node.unknown;
        point.condition = rule ? rule.condition : "u het antwoord weet op: " + node.text;
        point.ask = rule ? rule.ask : node.unknown_ask || labels.ask;
        point.answer = labels.unknown;
        point.assumed = rule ? rule.assumed_label : null;
        others = authored(node).filter(function (o) { return !rule || o.id !== rule.assume; });
      } else {
        var option = choiceOf(node, optionId);
        if (!option || !option.condition) return null;
        var wanted = option.condition.otherwise;
        point.condition = option.condition.text;
        point.ask = option.condition.ask;
        point.answer = option.label;
        others = authored(node).filter(function (o) {
          return o.id !== option.id && (!wanted || o.id === wanted);
        });
        var target = tree.nodes[wanted];
        if (target && target.kind === "outcome" && !choiceOf(node, wanted)) otherwiseOutcome = wanted;
      }
      point.alternatives = alternativesOf(answers, index, others, otherwiseOutcome);
      var escalated = point.isUnknown && !node.unknown;
      point.material = escalated || point.alternatives.some(function (a) {
        return a.outcome !== null && verdictKey(a.outcome, a.doel) !== actual;
      });
      return point;
    }
    function openPoints(answers, outcomeId) {
      var actual = verdictKey(outcomeId, facts(answers).doel), points = [];
      answers.forEach(function (answer, index) {
        var node = tree.nodes[answer[0]];
        if (!node || node.kind !== "question") return;
        var point = openPoint(answers, index, actual);
        if (point && point.material) points.push(point);
      });
      return points;
    }
    function doelText(doel) {
      return (doel + " " + (tree.doel_names[doel] || "")).trim();
    }
    function showsAssumedDoel(a) {
      return Boolean(a.doelAssumed && a.doel && a.outcome !== null && tree.nodes[a.outcome].counts === true);
    }
    function alternativePhrase(a) {
      if (a.outcome === null && a.openQuestion) {
        return "is het nog niet te beslissen (nog open: \u201e" + a.openQuestion + "\u201d)";
      }
      return phrase(a.outcome, a.doel) + (showsAssumedDoel(a) ? labels.doel_assumed : "");
    }
    function phrase(outcomeId, doel) {
      if (outcomeId === null) return labels.still_open;
      var phrases = tree.nodes[outcomeId].phrases;
      return phrases[doel || ""] || phrases[""];
    }
    function otherwisePhrases(outcomeId, doel, points) {
      var actual = phrase(outcomeId, doel), outcome = tree.nodes[outcomeId];
      var reasons = [], others = [];
      points.forEach(function (point) {
        point.alternatives.forEach(function (a) {
          if (a.outcome === null) return;
          var text = phrase(a.outcome, a.doel), other = tree.nodes[a.outcome];
          if (text === actual) return;
          if (a.outcome === outcomeId && outcome.counts === true && a.doel) {
            text = "telt het mee met doel " + doelText(a.doel);
          } else if (showsAssumedDoel(a)) {
            text += labels.doel_assumed;
          }
          if (other.counts === false && !other.verdict) {
            var reason = "omdat " + other.why_not;
            if (reasons.indexOf(reason) < 0) reasons.push(reason);
          } else if (others.indexOf(text) < 0) {
            others.push(text);
          }
        });
      });
      return { reasons: reasons, others: others };
    }
    function summary(outcomeId, doel, points) {
      var outcome = tree.nodes[outcomeId];
      var main = phrase(outcomeId, doel).replace("telt het ", "telt ");
      main = main.charAt(0).toUpperCase() + main.slice(1);
      if (outcome.counts === null) {
        var asked = points.filter(function (p) { return p.assumed === null && p.isUnknown; })
          .map(function (p) { return "\u201e" + p.question + "\u201d"; }).join("; ");
        main = "Nog niet te beslissen: het hangt af van het antwoord op " + (asked || "een open vraag");
        var rest = points.filter(function (p) { return p.assumed !== null || !p.isUnknown; });
        points = rest.length ? rest : points;
      }
      if (!points.length) return main + ".";
      var conditions = points.filter(function (p) { return p.assumed || !p.isUnknown; })
        .map(function (p) { return p.condition; }).join(" en ");
      var found = otherwisePhrases(outcomeId, doel, points), others = found.others;
      if (found.reasons.length) others.unshift("telt het niet mee, " + found.reasons.join(", of "));
      var text = main + (conditions ? " \u2014 mits " + conditions : "");
      if (others.length) {
        text += (outcome.counts === null ? ". Per antwoord: " : "; anders ") + others.join("; of ");
      }
      return text + ".";
    }
    function doelLine(doel, points) {
      var conditions = [], others = [];
      points.forEach(function (point) {
        var changed = point.alternatives.filter(function (a) {
          return a.outcome !== null && tree.nodes[a.outcome].counts === true && a.doel && a.doel !== doel;
        });
        if (!changed.length) return;
        conditions.push(point.condition);
        changed.forEach(function (a) { if (others.indexOf(a.doel) < 0) others.push(a.doel); });
      });
      var text = doelText(doel);
      if (conditions.length) {
        text += " (voorwaardelijk: mits " + conditions.join(" en ") + "; anders " +
          others.map(doelText).join(" of ") + ")";
      }
      return { text: text, others: others };
    }
    function warnings(outcomeId, doel, otherDoelen) {
      var list = tree.nodes[outcomeId].warnings;
      var shown = list.filter(function (w) { return !w.doel || w.doel === doel; })
        .map(function (w) { return w.text; });
      otherDoelen.forEach(function (other) {
        list.filter(function (w) { return w.doel === other; }).forEach(function (w) {
          shown.push("Als het doel inzet " + doelText(other) + " is: " + w.text);
        });
      });
      return shown;
    }

    /* Everything the outcome box shows for these answers ([[node id, option id], ...]). */
    return function describe(answers, outcomeId) {
      var outcome = tree.nodes[outcomeId], points = openPoints(answers, outcomeId);
      var doel = outcome.counts === true ? facts(answers).doel || null : null;
      var line = doel ? doelLine(doel, points) : { text: "", others: [] };
      var asks = [];
      points.forEach(function (p) { if (asks.indexOf(p.ask) < 0) asks.push(p.ask); });
      return {
        points: points,
        summary: summary(outcomeId, doel, points),
        doel: line.text,
        warnings: warnings(outcomeId, doel, line.others),
        asks: asks,
        phrase: alternativePhrase
      };
    };
  }

  function openPointsList(described) {
    var section = element("section", "open-punten");
    section.id = "open-punten";
    section.appendChild(element("h3", "", "Open punten"));
    var list = element("ul");
    described.points.forEach(function (point) {
      var item = element("li"), details = element("ul");
      item.appendChild(element("strong", "", point.question));
      var lines = ["Antwoord: " + point.answer];
      if (point.assumed) lines.push("Aangenomen: " + point.assumed);
      lines.push("Voorwaarde: mits " + point.condition);
      point.alternatives.forEach(function (a) {
        lines.push("Bij '" + a.label + "': " + described.phrase(a));
      });
      lines.push("Vraag het na bij: " + point.ask);
      lines.forEach(function (line) { details.appendChild(element("li", "", line)); });
      item.appendChild(details);
      list.appendChild(item);
    });
    section.appendChild(list);
    return section;
  }

  function setUpTree() {
    var tree = window.SRG_TREE, walk = document.getElementById("walk");
    if (!tree || !walk) return;
    var back = document.getElementById("terug"), restart = document.getElementById("opnieuw");
    var print = document.getElementById("afdrukken"), rationale = document.getElementById("onderbouwing");
    var pathList = document.getElementById("pad");
    var start = tree.nodes[location.hash.slice(1)] ? location.hash.slice(1) : tree.start;
    var steps = [], current = start, describe = conditionalWalk(tree);

    function render() {
      var node = tree.nodes[current];
      walk.innerHTML = "";
      walk.dataset.node = current;
      walk.dataset.kind = node.kind;
      back.disabled = steps.length === 0;
      if (current !== tree.start && steps.length === 0) {
        walk.appendChild(element("p", "help", "U begint midden in de beslisboom, bij de gekozen vraag."));
      }
      var described = null;
      if (node.kind === "outcome") {
        var answers = steps.map(function (step) { return [step.node, step.choice]; });
        described = describe(answers, current);
        var open = described.points.length > 0;
        var verdict = node.counts === true ? "ja" : node.counts === false ? "nee" : "onbekend";
        var box = element("div", "outcome " + (open ? "onbekend" : verdict));
        box.id = "uitkomst";
        box.dataset.outcome = current;
        box.dataset.conditional = open ? "ja" : "nee";
        box.appendChild(element("h2", "", node.title + (open && node.counts !== null ? " (voorwaardelijk)" : "")));
        if (open) {
          var said = element("p", "voorwaarde", described.summary);
          said.id = "voorwaarde";
          box.appendChild(said);
        }
        if (node.code) {
          box.appendChild(element("p", "code", "Type " + node.code + " " + (node.code_name || "")));
        }
        if (described.doel) box.appendChild(element("p", "doel", "Doel inzet: " + described.doel));
        if (node.level) box.appendChild(element("p", "level", "Niveau: " + node.level));
        if (node.text) box.appendChild(element("p", "", node.text));
        if (described.warnings.length) {
          var warned = element("ul", "warnings");
          described.warnings.forEach(function (w) { warned.appendChild(element("li", "", "Let op: " + w)); });
          box.appendChild(warned);
        }
        if (open) {
          box.appendChild(openPointsList(described));
          box.appendChild(element("p", "asks", "Vraag het na bij: " + described.asks.join("; ")));
        }
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
            steps.push({ node: current, choice: choice.id, text: node.text, answer: choice.label });
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
      if (done) {
        var last = described && described.points.length ? described.summary : node.title;
        pathList.appendChild(element("li", "", "Uitkomst: " + last));
      }
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
