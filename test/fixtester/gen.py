"""A generator of small, complete C++ programs that grow std::vectors in loops.

The differential fix tester (fixtester.py) needs programs that stacklift has
something to say about, that exercise the situations where a fix can go
wrong, and whose behaviour can be compared before and after a fix. This
module writes them from a small grammar.

A program is a handful of independent *cases*. Each case is one function
`caseK(const Env &)` that declares a local vector, grows it in a loop and
returns a 64-bit checksum of everything observable about it (sizes,
contents, the other containers it exchanged elements with). `main` builds an
`Env` for each command-line argument (bounds, flags, a data vector, all from
argv, so the compiler cannot fold them), calls every case and prints one line
per (argument, case). A case mostly reads its bounds from local copies
(`const int n = env.n;`), which stacklift can count, and sometimes from the
parameter's members, which a call in the loop might change as far as it can
tell. The program itself never has undefined behaviour: values
stay small, moved-from vectors are cleared before they are read, pointers are
checked, and a loop whose trip count does not fit in memory sits behind a
condition that is false for every input.

The grammar of one case, every part optional except the vector and the loop:

  element type   int, double, an aggregate, a class without and one with a
                 default constructor, std::string, std::unique_ptr<int>
                 (move-only), std::pair<int, std::string>
  growth call    push_back, emplace_back, braced push_back; once or twice
  loop shape     counted for (<, <=, !=, step 2, downwards, offset start)
                 with int / unsigned / size_t counters and constant,
                 constexpr or runtime bounds; while and do-while; range-for
                 over a vector, a C array, a std::array, a braced list;
                 iterator loop; C++20 range-for with an init-statement and
                 std::views::iota (under #if, with a C++17 spelling); loops
                 whose counts overflow size_type (never entered)
  nesting        none, an outer loop with a constant or a runtime bound, an
                 inner bound that depends on the outer counter
  context        if, switch case, try (the element expression may throw),
                 early return before the loop, a lambda that captures the
                 vector by reference called once or in a loop
  loop body      break before or after the growth, continue, a conditional
                 growth, the counter shadowed in an inner block, an
                 unrelated statement
  mutation       clear, pop_back, erase, std::swap, member swap, moved into
                 another container or assigned away, cleared through a
                 lambda or a reference, erase_if, cleared through a pointer
  before/after   elements added before the loop, a sentinel after it;
                 size(), an indexed sum, front/back, iteration, a generic
                 helper
  escape         returned (the loop lives in a build function), passed by
                 const and by non-const reference, stored by copy or move

Each risky dimension (context, body, mutation, nesting, escape) is "rich" in
about one case of four and almost always plain otherwise, so most cases
differ from the plain shape, where the type-changing remedies apply, in one
or two ways.

Determinism and reduction. Every decision is drawn from its own random
stream, keyed by (seed, case, decision name, occurrence), so a decision does
not depend on the decisions made before it. A decision can be *disabled*,
which makes it take its simplest option (listed first) while every other
decision keeps its value. The reducer in fixtester.py uses that: it
regenerates the same seed with fewer cases and more disabled decisions for as
long as the failure persists, which shrinks a failing program without ever
producing one the grammar cannot produce.
"""

import random
import re

# The inputs main() is run with, one Env each. Small, so that constant loop
# bounds (4, 5) and runtime ones are of the same size; 0 and 1 make loops
# that do not run or run once.
INPUTS = ["0", "1", "2", "3", "5", "7"]

# Element types: C++ spelling, whether default-constructible, whether
# copyable.
ELEMENTS = {
    "int": ("int", True, True),
    "double": ("double", True, True),
    "agg": ("Agg", True, True),
    "widget": ("Widget", False, True),
    "cell": ("Cell", True, True),
    "string": ("std::string", True, True),
    "uptr": ("std::unique_ptr<int>", True, False),
    "pair": ("std::pair<int, std::string>", True, True),
}

LOOPS = [
    "for_lt", "for_le", "for_ne", "for_unsigned", "for_size", "for_step",
    "for_down", "for_offset", "while", "do", "range_vec", "range_carray",
    "range_stdarray", "range_braced", "iter", "range_init20", "iota20",
    "huge",
]

PRELUDE = r"""#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <memory>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>
"""

# The definitions a program may need, in the order they are emitted. Each is
# emitted when every pattern it lists occurs in the program (or in another
# definition emitted), so a reduced program carries only what it uses.
HELPERS = [
    ([r"\bAgg\b"], """struct Agg {
  int a;
  int b;
};"""),
    ([r"\bWidget\b"], """class Widget {
public:
  Widget(int value) : value_(value) {}
  int value() const { return value_; }

private:
  int value_;
};"""),
    ([r"\bCell\b"], """class Cell {
public:
  Cell() : value_(-1) {}
  Cell(int value) : value_(value) {}
  int value() const { return value_; }

private:
  int value_;
};"""),
    ([], """struct Env {
  int n;
  unsigned un;
  std::size_t sz;
  int m;
  bool flag;
  int pick;
  int stop;
  int throwAt;
  std::vector<int> data;
};"""),
    ([r"\bHolder\b"], """template <class T> struct Holder {
  std::vector<T> items;
};"""),
    ([], """inline void mix(std::uint64_t &h, std::uint64_t x) {
  h ^= x + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2);
}"""),
    ([r"\bhashElem\b"],
     "inline std::uint64_t hashElem(int x) { return static_cast<std::uint64_t>(x); }"),
    ([r"\bhashElem\b", r"\bdouble\b"], """inline std::uint64_t hashElem(double x) {
  return static_cast<std::uint64_t>(static_cast<long long>(x * 16.0));
}"""),
    ([r"\bhashElem\b", r"\bAgg\b"], """inline std::uint64_t hashElem(const Agg &x) {
  return static_cast<std::uint64_t>(x.a) * 31 + static_cast<std::uint64_t>(x.b);
}"""),
    ([r"\bhashElem\b", r"\bWidget\b"], """inline std::uint64_t hashElem(const Widget &x) {
  return static_cast<std::uint64_t>(x.value()) * 7;
}"""),
    ([r"\bhashElem\b", r"\bCell\b"], """inline std::uint64_t hashElem(const Cell &x) {
  return static_cast<std::uint64_t>(x.value()) * 11;
}"""),
    ([r"\bhashElem\b", r"std::(to_)?string\b"], """inline std::uint64_t hashElem(const std::string &s) {
  std::uint64_t h = 1469598103934665603ULL;
  for (const char c : s)
    h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ULL;
  return h;
}"""),
    ([r"\bhashElem\b", r"\bunique_ptr\b"], """inline std::uint64_t hashElem(const std::unique_ptr<int> &p) {
  return p ? static_cast<std::uint64_t>(*p) : std::uint64_t{7};
}"""),
    ([r"\bhashElem\b", r"\bstd::pair\b"], """inline std::uint64_t hashElem(const std::pair<int, std::string> &p) {
  return static_cast<std::uint64_t>(p.first) * 13 + hashElem(p.second);
}"""),
    ([r"\bmixAll\b"], """template <class C> void mixAll(std::uint64_t &h, const C &c) {
  mix(h, c.size());
  for (const auto &e : c)
    mix(h, hashElem(e));
}"""),
    ([r"\binspectVec\b"], """template <class T> void inspectVec(std::uint64_t &h, const std::vector<T> &c) {
  mix(h, c.size() * 3);
}"""),
    ([r"\btrimVec\b"], """template <class T> void trimVec(std::vector<T> &c) {
  if (c.size() > 2)
    c.pop_back();
}"""),
    ([r"\bmaybeFlush\b"], """template <class T> void maybeFlush(std::vector<T> *b) {
  if (b->size() > 3)
    b->clear();
}"""),
    ([r"\bchecked\b"], """inline int checked(int x, const Env &env) {
  if (x == env.throwAt)
    throw std::runtime_error("element");
  return x;
}"""),
]


def helpers_for(code):
    """The HELPERS that `code` needs, directly or through one another."""
    chosen = set()
    corpus = code
    changed = True
    while changed:
        changed = False
        for i, (patterns, text) in enumerate(HELPERS):
            if i not in chosen and all(re.search(p, corpus) for p in patterns):
                chosen.add(i)
                corpus += text
                changed = True
    return "\n\n".join(text for i, (_, text) in enumerate(HELPERS) if i in chosen)



class Chooser:
    """The decisions of one case (or of the file, case -1, keys "file:...").

    Each decision draws from a stream of its own; a disabled decision
    returns its first (simplest) option. `used` collects the decisions that
    took another option, which are the reducer's candidates.
    """

    def __init__(self, seed, case, disabled, forced=None):
        self.seed = seed
        self.case = case
        self.disabled = disabled
        self.forced = forced or {}
        self.occurrences = {}
        self.used = []

    def _random(self, name):
        n = self.occurrences.get(name, 0)
        self.occurrences[name] = n + 1
        return random.Random("%d/%d/%s/%d" % (self.seed, self.case, name, n))

    def key(self, name):
        return "%s:%s" % ("file" if self.case < 0 else self.case, name)

    def choice(self, name, options, weights=None):
        value = self._random(name).choices(options, weights)[0]
        if self.key(name) in self.forced:
            wanted = self.forced[self.key(name)]
            for option in options:
                if str(option).lower() == wanted.lower():
                    return option
            raise ValueError("%s: %r is not one of %s" % (self.key(name), wanted,
                                                         ", ".join(str(o) for o in options)))
        if self.key(name) in self.disabled:
            return options[0]
        if value != options[0] and self.key(name) not in self.used:
            self.used.append(self.key(name))
        return value

    def chance(self, name, p):
        return self.choice(name, [False, True], [1 - p, p])


class Lines:
    """Indented C++ lines."""

    def __init__(self):
        self.lines = []
        self.depth = 0

    def add(self, text):
        for line in text.split("\n"):
            if line.startswith("#"):
                self.lines.append(line)
            else:
                self.lines.append(("  " * self.depth + line) if line else "")

    def open(self, text):
        self.add(text)
        self.depth += 1

    def close(self, text="}"):
        self.depth -= 1
        self.add(text)


class Case:
    """One generated case: its C++ text and what it needs from the file."""

    def __init__(self, index, text, summary, includes, cxx20_includes, used):
        self.index = index
        self.text = text
        self.summary = summary
        self.includes = includes
        self.cxx20_includes = cxx20_includes
        self.used = used


def element_expr(elem, growth, value):
    """The arguments of one growth call that appends the element for `value`
    (an int expression): (method, argument text)."""
    v = value
    if elem == "int":
        e = "%s * 3 + 1" % v
        return {"push": ("push_back", e), "emplace": ("emplace_back", e),
                "braced": ("push_back", "{%s}" % e)}[growth]
    if elem == "double":
        e = "static_cast<double>(%s) * 0.5" % v
        return {"push": ("push_back", e), "emplace": ("emplace_back", e),
                "braced": ("push_back", "{%s}" % e)}[growth]
    if elem == "agg":
        return {"push": ("push_back", "Agg{%s, %s + 1}" % (v, v)),
                "emplace": ("emplace_back", "Agg{%s, %s + 1}" % (v, v)),
                "braced": ("push_back", "{%s, %s + 1}" % (v, v))}[growth]
    if elem in ("widget", "cell"):
        name = "Widget" if elem == "widget" else "Cell"
        return {"push": ("push_back", "%s(%s)" % (name, v)),
                "emplace": ("emplace_back", v),
                "braced": ("push_back", "{%s}" % v)}[growth]
    if elem == "string":
        return {"push": ("push_back", "std::to_string(%s)" % v),
                "emplace": ("emplace_back", "std::to_string(%s) + \"s\"" % v),
                "braced": ("push_back", "{std::to_string(%s)}" % v)}[growth]
    if elem == "uptr":
        return {"push": ("push_back", "std::make_unique<int>(%s)" % v),
                "emplace": ("emplace_back", "new int(%s)" % v),
                "braced": ("push_back", "{std::make_unique<int>(%s)}" % v)}[growth]
    if elem == "pair":
        return {"push": ("push_back", "std::make_pair(%s, std::to_string(%s))" % (v, v)),
                "emplace": ("emplace_back", "%s, std::to_string(%s)" % (v, v)),
                "braced": ("push_back", "{%s, std::to_string(%s)}" % (v, v))}[growth]
    raise ValueError(elem)


def generate_case(seed, index, disabled, forced=None):
    """Generates case `index` of program `seed`."""
    ch = Chooser(seed, index, disabled, forced)
    # Each dimension of the grammar that can make a fix go wrong (the context
    # around the loop, its body, a mutation, nesting, an escape) is "rich" in
    # about one case of four: it then takes one of its other options, and
    # otherwise almost always its plain one. Most cases thus differ from the
    # plain shape, where the type-changing remedies apply, in one or two
    # ways, which is where the interesting bugs are and what a reduced
    # program shows. Every decision below is drawn whatever the others are.
    def weights(dim, n):
        if ch.chance("rich_" + dim, 0.27):
            return [0] + [1] * (n - 1)
        return [150] + [1] * (n - 1)

    elem = ch.choice("elem", list(ELEMENTS))
    type_name, default_constructible, copyable = ELEMENTS[elem]
    vec_type = "std::vector<%s>" % type_name
    growth = ch.choice("growth", ["push", "emplace", "braced"])
    twice = ch.chance("growth_twice", 0.1)
    loop = ch.choice("loop", LOOPS, [6] + [1] * (len(LOOPS) - 1))
    context = ch.choice("context", ["none", "if", "switch", "try", "early_return",
                                    "lambda_once", "lambda_loop"],
                        weights("context", 7))
    body = ch.choice("body", ["none", "break_before", "break_after", "continue",
                              "cond", "shadow", "extra"],
                     weights("body", 7))
    mutation = ch.choice("mutation", ["none", "clear", "pop_back", "erase_front",
                                      "std_swap", "member_swap", "move_into",
                                      "move_assign", "lambda_clear", "alias_clear",
                                      "erase_if", "maybe_flush"],
                         weights("mutation", 12))
    if mutation == "erase_if" and not copyable:
        mutation = "erase_front"
    nest = ch.choice("nest", ["none", "outer_const", "outer_runtime", "outer_dep"],
                     weights("nest", 4))
    if loop == "huge":
        # Never entered: what the body does would never run, and unused
        # helpers (an alias, a lambda) would warn.
        nest, body, mutation = "none", "none", "none"
    prefill = ch.chance("prefill", 0.08)
    sentinel = ch.chance("sentinel", 0.08)
    decl = ch.choice("decl", ["plain", "braces", "auto"], [6, 1, 1])
    escape = ch.choice("escape", ["none", "return", "pass_read", "pass_mutate",
                                  "store_copy", "store_move"],
                       weights("escape", 6))
    if escape == "store_copy" and not copyable:
        escape = "store_move"
    uses = [u for u in ["size", "sum_index", "front_back", "iterate", "helper"]
            if ch.chance("use_" + u, 0.45)]
    if not uses and not ch.key("use_size") in disabled:
        uses = ["size"]
    throwing = context == "try"
    in_lambda = context in ("lambda_once", "lambda_loop")
    builds = escape == "return"

    includes = set()
    cxx20_includes = set()
    summary = ["elem=" + elem, "growth=" + growth + ("x2" if twice else ""),
               "loop=" + loop]

    # -- the loop header, its value expression and its counter ---------------
    # Each shape gives (lines before, header, value, counter, footer lines,
    # step statement for while/do).
    def bound_int(name):
        return ch.choice(name, ["n", "4", "kCount", "static_cast<int>(data.size())", "env.n",
                                "static_cast<int>(env.data.size())"],
                         [3, 3, 2, 1, 1, 1])

    def source():
        # A local copy, whose size the loop cannot change, or the parameter's
        # member, which a call in the loop might (stacklift may say nothing).
        return ch.choice("source", ["data", "env.data"], [3, 1])

    def shape(kind, counter, outer):
        pre, header, value, footer, step = [], None, counter, ["}"], None
        if kind == "for_lt":
            b = bound_int("bound")
            if nest == "outer_dep" and outer:
                b = "r + 1"
            header = "for (int %s = 0; %s < %s; ++%s) {" % (counter, counter, b, counter)
            summary.append("bound=" + b)
        elif kind == "for_le":
            b = bound_int("bound")
            header = "for (int %s = 1; %s <= %s; ++%s) {" % (counter, counter, b, counter)
            summary.append("bound=" + b)
        elif kind == "for_ne":
            b = bound_int("bound")
            header = "for (int %s = 0; %s != %s; ++%s) {" % (counter, counter, b, counter)
            summary.append("bound=" + b)
        elif kind == "for_unsigned":
            b = ch.choice("ubound", ["un", "4u", "env.un"])
            header = "for (unsigned %s = 0; %s < %s; ++%s) {" % (counter, counter, b, counter)
            value = "static_cast<int>(%s)" % counter
        elif kind == "for_size":
            b = ch.choice("sbound", ["sz", "data.size()", "std::size_t{5}", "env.sz",
                                     "env.data.size()"])
            header = "for (std::size_t %s = 0; %s < %s; ++%s) {" % (
                counter, counter, b, counter)
            value = "static_cast<int>(%s)" % counter
        elif kind == "for_step":
            b = bound_int("bound")
            header = "for (int %s = 0; %s < %s; %s += 2) {" % (counter, counter, b, counter)
        elif kind == "for_down":
            b = bound_int("bound")
            header = "for (int %s = %s; %s > 0; --%s) {" % (counter, b, counter, counter)
        elif kind == "for_offset":
            lo = ch.choice("lo", ["2", "env.m"])
            b = bound_int("bound")
            header = "for (int %s = %s; %s < %s; ++%s) {" % (counter, lo, counter, b, counter)
        elif kind in ("while", "do"):
            b = bound_int("bound")
            pre = ["int %s = 0;" % counter]
            if kind == "while":
                header = "while (%s < %s) {" % (counter, b)
            else:
                header = "do {"
                footer = ["} while (%s < %s);" % (counter, b)]
            step = "++%s;" % counter
        elif kind == "range_vec":
            ref = ch.choice("range_ref", ["int", "const int &", "const auto &"])
            sep = "" if ref.endswith("&") else " "
            header = "for (%s%s%s : %s) {" % (ref, sep, counter, source())
        elif kind == "range_carray":
            pre = ["const int table%s[] = {3, 1, 4, 1, 5};" % counter]
            header = "for (const int %s : table%s) {" % (counter, counter)
        elif kind == "range_stdarray":
            includes.add("<array>")
            pre = ["const std::array<int, 4> table%s{{2, 7, 1, 8}};" % counter]
            header = "for (const int %s : table%s) {" % (counter, counter)
        elif kind == "range_braced":
            header = "for (const int %s : {6, 2, 8}) {" % counter
        elif kind == "iter":
            src = source()
            header = ("for (auto it%s = %s.begin(); it%s != %s.end(); ++it%s) {"
                      % (counter, src, counter, src, counter))
            value = "*it%s" % counter
            counter = "it" + counter
        elif kind == "range_init20":
            header = ("#if __cplusplus >= 202002L\n"
                      "for (const auto &src = data; int %s : src) {\n"
                      "#else\n"
                      "for (int %s : data) {\n"
                      "#endif" % (counter, counter))
        elif kind == "iota20":
            cxx20_includes.add("<ranges>")
            b = ch.choice("bound", ["n", "4", "env.n"])
            header = ("#if __cplusplus >= 202002L\n"
                      "for (const int %s : std::views::iota(0, %s)) {\n"
                      "#else\n"
                      "for (int %s = 0; %s < %s; ++%s) {\n"
                      "#endif" % (counter, b, counter, counter, b, counter))
        else:
            raise ValueError(kind)
        return pre, header, value, counter, footer, step

    # -- the pieces of the body ------------------------------------------------
    def growth_calls(value):
        val = "checked(%s, env)" % value if throwing else value
        calls = []
        method, arg = element_expr(elem, growth, val)
        calls.append("v.%s(%s);" % (method, arg))
        if twice:
            method, arg = element_expr(elem, growth, "(%s + 100)" % val)
            calls.append("v.%s(%s);" % (method, arg))
        return calls

    def mutation_stmt(value):
        cond = "%s %% 3 == 2" % value
        if mutation == "clear":
            return ["if (%s)" % cond, "  v.clear();"]
        if mutation == "pop_back":
            return ["if (%s && !v.empty())" % cond, "  v.pop_back();"]
        if mutation == "erase_front":
            return ["if (v.size() > 2)", "  v.erase(v.begin());"]
        if mutation == "std_swap":
            return ["if (%s)" % cond, "  std::swap(v, other);"]
        if mutation == "member_swap":
            return ["if (%s)" % cond, "  other.swap(v);"]
        if mutation == "move_into":
            return ["if (%s) {" % cond, "  frames.push_back(std::move(v));",
                    "  v.clear();", "}"]
        if mutation == "move_assign":
            return ["if (%s) {" % cond, "  sink = std::move(v);", "  v.clear();", "}"]
        if mutation == "lambda_clear":
            return ["if (%s)" % cond, "  reset();"]
        if mutation == "alias_clear":
            return ["if (%s)" % cond, "  alias.clear();"]
        if mutation == "erase_if":
            pred = "[](const %s &e) { return hashElem(e) %% 2 == 0; }" % type_name
            return ["if (%s) {" % cond,
                    "#if __cplusplus >= 202002L",
                    "  std::erase_if(v, %s);" % pred,
                    "#else",
                    "  v.erase(std::remove_if(v.begin(), v.end(), %s), v.end());" % pred,
                    "#endif",
                    "}"]
        if mutation == "maybe_flush":
            return ["maybeFlush(&v);"]
        return []

    def emit_body(out, value, counter, step):
        if body == "continue":
            if step:
                out.add("if (%s %% 3 == 1) {" % value)
                out.add("  %s" % step)
                out.add("  continue;")
                out.add("}")
            else:
                out.add("if (%s %% 3 == 1)" % value)
                out.add("  continue;")
        if body == "break_before":
            out.add("if (%s == env.stop)" % value)
            out.add("  break;")
        if body == "extra":
            out.add("mix(h, static_cast<std::uint64_t>(%s));" % value)
        if body == "shadow":
            out.add("const int outer = %s;" % value)
            out.open("{")
            out.add("const int %s = outer * 10 + 1;" % counter)
            for c in growth_calls(counter):
                out.add(c)
            out.close()
        elif body == "cond":
            out.open("if (%s %% 2 == 0) {" % value)
            for c in growth_calls(value):
                out.add(c)
            out.close()
        else:
            for c in growth_calls(value):
                out.add(c)
        if body == "break_after":
            out.add("if (%s == env.stop)" % value)
            out.add("  break;")
        for line in mutation_stmt(value):
            out.add(line)
        if step:
            out.add(step)

    def emit_loop(out):
        if loop == "huge":
            variant = ch.choice("huge", ["two_1e10", "deep_3"])
            summary.append("huge=" + variant)
            out.open("if (env.n > 1000) {")
            if variant == "two_1e10":
                out.open("for (long long i = 0; i < 10000000000LL; ++i) {")
                out.open("for (long long j = 0; j < 10000000000LL; ++j) {")
                for c in growth_calls("static_cast<int>(j % 7)"):
                    out.add(c)
                out.close()
                out.close()
            else:
                depth = 42
                for d in range(depth):
                    out.open("for (int d%d = 0; d%d < 3; ++d%d) {" % (d, d, d))
                for c in growth_calls("d%d" % (depth - 1)):
                    out.add(c)
                for d in range(depth):
                    out.close()
            out.close()
            return
        outer = nest != "none"
        if outer:
            ob = "3" if nest == "outer_const" else ch.choice("outer_bound", ["m", "env.m"], [3, 1])
            out.open("for (int r = 0; r < %s; ++r) {" % ob)
        counter = "x" if loop.startswith("range") or loop in ("iota20",) else "i"
        if loop == "iter":
            counter = ""
        pre, header, value, counter, footer, step = shape(loop, counter, outer)
        for line in pre:
            out.add(line)
        out.open(header)
        emit_body(out, value, counter, step)
        out.depth -= 1
        for line in footer:
            out.add(line)
        if outer:
            out.close()

    summary += ["context=" + context, "body=" + body, "mutation=" + mutation,
                "nest=" + nest, "escape=" + escape]
    if prefill:
        summary.append("prefill")
    if sentinel:
        summary.append("sentinel")
    summary.append("uses=" + ",".join(uses))

    if mutation == "erase_if":
        includes.add("<algorithm>")

    fn = Lines()
    shadowing = body == "shadow"
    if shadowing:
        fn.add("#pragma clang diagnostic push")
        fn.add('#pragma clang diagnostic ignored "-Wshadow"')
    if builds:
        fn.open("static %s build%d([[maybe_unused]] const Env &env, [[maybe_unused]] std::uint64_t &h) {" % (vec_type, index))
    else:
        fn.open("static std::uint64_t case%d([[maybe_unused]] const Env &env) {" % index)
        fn.add("std::uint64_t h = %dULL;" % (1000 + index))
    # Removed again below when no bound names it.
    fn.add("constexpr int kCount = 5;")
    fn.add("const int n = env.n;")
    fn.add("const int m = env.m;")
    fn.add("const unsigned un = env.un;")
    fn.add("const std::size_t sz = env.sz;")
    fn.add("const std::vector<int> data = env.data;")
    fn.add({"plain": "%s v;" % vec_type, "braces": "%s v{};" % vec_type,
            "auto": "auto v = %s();" % vec_type}[decl])
    others = []
    if mutation in ("std_swap", "member_swap"):
        fn.add("%s other;" % vec_type)
        others.append("other")
    if mutation == "move_into":
        fn.add("std::vector<%s> frames;" % vec_type)
        others.append("frames")
    if mutation == "move_assign":
        fn.add("%s sink;" % vec_type)
        others.append("sink")
    if mutation == "lambda_clear":
        fn.add("auto reset = [&v]() { v.clear(); };")
    if mutation == "alias_clear":
        fn.add("%s &alias = v;" % vec_type)
    if prefill:
        method, arg = element_expr(elem, growth, "100")
        fn.add("v.%s(%s);" % (method, arg))
    if context == "early_return":
        fn.open("if (env.flag) {")
        fn.add("mix(h, v.size());")
        fn.add("return v;" if builds else "return h;")
        fn.close()

    if in_lambda:
        capture = ch.choice("capture", ["[&]", "list"])
        inner = Lines()
        inner.depth = fn.depth + 1
        emit_loop(inner)
        if capture == "list":
            body_text = "\n".join(inner.lines)
            names = [n for n in ["v", "env", "h", "n", "m", "un", "sz", "data"] + others +
                     ["reset", "alias"]
                     if re.search(r"(?<![.\w])%s\b" % n, body_text)]
            capture = "[%s]" % ", ".join("&" + n for n in names)
        fn.add("auto add = %s() {" % capture)
        fn.lines += inner.lines
        fn.add("};")
        if context == "lambda_once":
            fn.add("add();")
        else:
            fn.add("for (int call = 0; call < env.m; ++call)")
            fn.add("  add();")
    elif context == "if":
        fn.open("if (env.flag) {")
        emit_loop(fn)
        fn.close()
    elif context == "switch":
        fn.open("switch (env.pick) {")
        fn.add("case 0:")
        fn.add("  mix(h, 17);")
        fn.add("  break;")
        fn.open("case 1: {")
        emit_loop(fn)
        fn.add("break;")
        fn.close()
        fn.add("default:")
        fn.add("  break;")
        fn.close()
    elif context == "try":
        fn.open("try {")
        emit_loop(fn)
        fn.close("} catch (const std::exception &) {")
        fn.depth += 1
        fn.add("mix(h, 977);")
        fn.close()
    else:
        emit_loop(fn)

    if sentinel:
        method, arg = element_expr(elem, growth, "999")
        fn.add("v.%s(%s);" % (method, arg))
    for o in others:
        if o == "frames":
            fn.add("mix(h, frames.size());")
            fn.add("for (const auto &f : frames)")
            fn.add("  mixAll(h, f);")
        else:
            fn.add("mixAll(h, %s);" % o)

    if builds:
        fn.add("return v;")
        fn.close()
        fn.open("static std::uint64_t case%d([[maybe_unused]] const Env &env) {" % index)
        fn.add("std::uint64_t h = %dULL;" % (1000 + index))
        fn.add("const %s v = build%d(env, h);" % (vec_type, index))

    for u in uses:
        if u == "size":
            fn.add("mix(h, v.size());")
        elif u == "sum_index":
            fn.add("std::uint64_t total = 0;")
            fn.add("for (std::size_t k = 0; k < v.size(); ++k)")
            fn.add("  total += hashElem(v[k]);")
            fn.add("mix(h, total);")
        elif u == "front_back":
            fn.add("if (!v.empty())")
            fn.add("  mix(h, hashElem(v.front()) * 5 + hashElem(v.back()));")
        elif u == "iterate":
            fn.add("for (const auto &e : v)")
            fn.add("  mix(h, hashElem(e));")
        elif u == "helper":
            fn.add("mixAll(h, v);")

    if escape == "pass_read":
        fn.add("inspectVec(h, v);")
    elif escape == "pass_mutate" and not builds:
        fn.add("trimVec(v);")
        fn.add("mix(h, v.size());")
    elif escape == "store_copy":
        fn.add("Holder<%s> holder;" % type_name)
        fn.add("holder.items = v;")
        fn.add("mixAll(h, holder.items);")
    elif escape == "store_move" and not builds:
        fn.add("Holder<%s> holder;" % type_name)
        fn.add("holder.items = std::move(v);")
        fn.add("mixAll(h, holder.items);")
    fn.add("return h;")
    fn.close()
    if shadowing:
        fn.add("#pragma clang diagnostic pop")
    lines = fn.lines
    # The locals no loop uses go again (-Wunused-variable).
    for name in ("kCount", "n", "m", "un", "sz", "data"):
        pattern = r"(?<![.\w])%s\b" % name
        if sum(len(re.findall(pattern, l)) for l in lines) == 1:
            lines = [l for l in lines if not re.search(r"\b%s = " % name, l)]
    text = "\n".join(lines) + "\n"
    return Case(index, text, " ".join(summary), includes, cxx20_includes, ch.used)


class Program:
    def __init__(self, seed, text, cases, used):
        self.seed = seed
        self.text = text
        self.cases = cases
        self.used = used


def case_count(seed):
    return random.Random("%d/cases" % seed).randint(2, 5)


def generate(seed, cases=None, disabled=frozenset(), forced=None):
    """Program `seed`, with only the cases in `cases` (all when None), the
    decisions in `disabled` (strings "case:name") at their simplest and those
    in `forced` ({"case:name": "option"}) at the option named."""
    if cases is None:
        cases = list(range(case_count(seed)))
    file_ch = Chooser(seed, -1, disabled, forced)
    stack = file_ch.choice("stack_header", ["none", "static_vector", "small_vector"],
                           [2, 1, 1])
    generated = [generate_case(seed, i, disabled, forced) for i in cases]
    includes = set()
    cxx20 = set()
    for c in generated:
        includes |= c.includes
        cxx20 |= c.cxx20_includes
    out = ["// Generated by test/fixtester/gen.py, seed %d, cases %s." % (
        seed, ",".join(str(c) for c in cases))]
    for c in generated:
        out.append("// case %d: %s" % (c.index, c.summary))
    out.append(PRELUDE.rstrip("\n"))
    for inc in sorted(includes):
        out.append("#include %s" % inc)
    if cxx20:
        out.append("#if __cplusplus >= 202002L")
        for inc in sorted(cxx20):
            out.append("#include %s" % inc)
        out.append("#endif")
    if stack == "static_vector":
        out.append("#include <boost/container/static_vector.hpp>")
    elif stack == "small_vector":
        out.append("#include <boost/container/small_vector.hpp>")
    body = [c.text for c in generated]
    main = Lines()
    main.open("int main(int argc, char **argv) {")
    main.open("for (int a = 1; a < argc; ++a) {")
    main.add("const int k = std::atoi(argv[a]);")
    main.add("Env env;")
    main.add("env.n = k;")
    main.add("env.un = static_cast<unsigned>(k);")
    main.add("env.sz = static_cast<std::size_t>(k);")
    main.add("env.m = k % 3 + 1;")
    main.add("env.flag = k % 2 == 1;")
    main.add("env.pick = k % 3;")
    main.add("env.stop = k / 2;")
    main.add("env.throwAt = k - 2;")
    main.add("env.data.assign(static_cast<std::size_t>(k), 0);")
    main.add("for (std::size_t d = 0; d < env.data.size(); ++d)")
    main.add("  env.data[d] = static_cast<int>((d * 7 + 3) % 11);")
    for c in generated:
        main.add('std::printf("%%d %d %%llu\\n", k, static_cast<unsigned long long>(case%d(env)));'
                 % (c.index, c.index))
    main.close()
    main.add("return 0;")
    main.close()
    body.append("\n".join(main.lines))
    out.append("")
    out.append(helpers_for("\n".join(body)))
    out.append("")
    out += body
    used = list(file_ch.used)
    for c in generated:
        used += c.used
    return Program(seed, "\n".join(out) + "\n", cases, used)


if __name__ == "__main__":
    import sys
    print(generate(int(sys.argv[1]) if len(sys.argv) > 1 else 1).text, end="")
