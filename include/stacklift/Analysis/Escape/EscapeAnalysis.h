//===- EscapeAnalysis.h - Does a vector outlive its frame? ------*- C++ -*-===//
//
// The escape analysis answers, for an automatic-storage vector, whether its
// storage may be reached after the function returns or from state the
// function does not own, and which chain of statements shows it.
//
// It is Go's escape analysis (src/cmd/compile/internal/escape) for C++:
//
//   * Locations (EscapeGraph.h): every local, parameter and temporary that
//     the function's flows touch; for a container, its *storage* as a
//     location of its own, which the container points to; and sinks that
//     outlive the frame: the return slot, the heap, globals, members of
//     *this, the objects that reference parameters reach, opaque callees,
//     thrown exceptions, co_return and co_yield.
//   * Edges `dst <- src (derefs)` (EscapeBuilder.h): -1 for an address
//     (`&v`, and `v.data()`, `v.begin()`, `&v[0]`, `std::span(v)`, which take
//     the address of the storage), 0 for a value (`p = q`, a move of a
//     container, binding a reference moves nothing but an address), +1 for a
//     load (`*p`). A copy of a container has storage of its own: `w = v`
//     makes `w.storage <- v (+1)`, and v's storage does not escape through
//     it; the copy is recorded in EscapeResult::Copies instead.
//   * A worklist solver: a location escapes when a sink reaches it with a
//     negative dereference count; it then becomes a sink itself, until a
//     fixed point. The vector escapes when its storage does.
//   * Summaries (EscapeSummaries.h) of the visible callees, bottom-up over
//     the call graph; a model of the standard library; everything else is
//     an opaque callee that keeps what a non-const reference or pointer
//     parameter gives it.
//   * The explanation chain: the path the solver found, from the vector to
//     the sink, which findings show as notes.
//
// Worked examples (v is a local std::vector<int>):
//
//   return v;                  return <- v (0, move); v <- v.storage (-1)
//                              => storage at -1 from a sink: escapes,
//                              "'v' escapes: returned here"
//   int *p = v.data();         p <- v.storage (-1)
//   Registry = p;              global Registry <- p (0)
//                              => storage at -1: escapes, chain
//                              [elements: 'v' -> 'p', assign: 'p' -> global]
//   auto &r = v;               r <- v (-1)
//   return r;                  return <- copy (-1), copy <- r (+1)
//                              => v at 0, storage at -1 from "copy", which
//                              is not a sink: a copy, no escape
//   auto g = [&] { v.size(); };
//                              g <- v (-1, capture)
//   g();                       operator()'s summary keeps nothing: no escape
//   std::thread t([&] { v.clear(); });
//                              heap "std::thread" <- lambda (0),
//                              lambda <- v (-1): escapes
//
// Deliberately not modelled (FIXME, see docs/design/EscapeAnalysis.md):
// field sensitivity (a struct is one location); stores through a pointer
// the builder cannot resolve go to the heap, as in Go; elements copied by
// algorithms into an output iterator; a const reference returned by an
// opaque callee (assumed not to alias its argument unless lifetimebound);
// exceptions caught in the same function (a throw always escapes).
//
//===----------------------------------------------------------------------===//

#ifndef STACKLIFT_ANALYSIS_ESCAPE_ESCAPEANALYSIS_H
#define STACKLIFT_ANALYSIS_ESCAPE_ESCAPEANALYSIS_H

#include "stacklift/Analysis/Escape/EscapeBuilder.h"
#include "stacklift/Analysis/Escape/EscapeGraph.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Decl.h"
#include "clang/AST/Stmt.h"
#include "llvm/ADT/DenseMap.h"
#include <memory>
#include <string>
#include <vector>

namespace stacklift {

class EscapeSummaries;

/// Why a vector escapes: the sink its storage reaches.
enum class EscapeReason {
  None,                   ///< It does not escape.
  Returned,               ///< Returned from the function.
  Thrown,                 ///< Thrown as an exception.
  AddressTaken,           ///< Kept for compatibility; see EscapeVia.
  ElementsExposed,        ///< Kept for compatibility; see EscapeVia.
  PassedByReference,      ///< Given to a callee that may keep it.
  MovedOut,               ///< Moved into a callee that may keep it.
  CapturedByReference,    ///< In a lambda given to a callee that keeps it.
  StoredInMember,         ///< Stored in a member of *this.
  StoredInGlobal,         ///< Stored in a global or static variable.
  StoredThroughParameter, ///< Stored in an object a parameter refers to.
  StoredOnHeap,           ///< Stored in a heap object (new, make_shared...).
  CoReturned,             ///< co_returned from a coroutine.
  CoYielded,              ///< co_yielded from a coroutine.
};
/// How many reasons there are, for the tables indexed by EscapeReason.
inline constexpr unsigned NumEscapeReasons =
    static_cast<unsigned>(EscapeReason::CoYielded) + 1;

/// What of the vector reaches the sink.
enum class EscapeVia {
  Value,    ///< The vector itself (moved, or bound to a reference).
  Address,  ///< Its address (`&v`).
  Elements, ///< A pointer into its storage (data(), an iterator, a span).
  Lambda,   ///< A lambda that captures it by reference.
};

/// One step of an explanation chain.
struct EscapeStep {
  /// The statement or expression that makes the flow.
  const clang::Stmt *Where = nullptr;
  FlowKind Kind = FlowKind::Assign;
  /// Where the value comes from and goes to, for messages: "'v'",
  /// "member 'Items'", "a lambda", "the return value".
  std::string From, To;
  /// "<kind>: <from> -> <to>", for dumps and tests.
  std::string Text;
};

/// The verdict of the escape analysis for one variable.
struct EscapeResult {
  EscapeReason Reason = EscapeReason::None;
  /// The statement where the vector reaches the sink; null when it does
  /// not escape.
  const clang::Stmt *Witness = nullptr;
  /// The callee's name for the reasons about callees; empty otherwise.
  std::string Callee;
  /// The member, global or parameter stored into; empty otherwise.
  std::string Target;
  EscapeVia Via = EscapeVia::Value;
  /// The chain from the vector to the sink, in flow order; the last step's
  /// Where is the Witness.
  std::vector<EscapeStep> Chain;
  /// Copies of the vector into other objects: not escapes.
  std::vector<EscapeCopy> Copies;

  bool escapes() const { return Reason != EscapeReason::None; }
};

/// Answers escape queries for the local vectors of one translation unit.
/// Each function's graph is built and solved once; each variable's verdict
/// and each callee's summary are computed once.
class EscapeAnalyzer {
public:
  explicit EscapeAnalyzer(clang::ASTContext &Ctx);
  ~EscapeAnalyzer();

  /// The verdict for \p Var, a local variable whose uses all lie in \p Scope
  /// (the body of its function, whose parameters are then modelled, or any
  /// statement). Computed once per variable; a null \p Scope answers "does
  /// not escape" and is not cached.
  EscapeResult analyze(const clang::VarDecl *Var, const clang::Stmt *Scope);

  /// A stable one-line description, for dumps and tests:
  /// "escapes: <reason>[ to '<callee>'][ '<target>'] @<line>".
  static std::string describe(const EscapeResult &Result,
                              const clang::SourceManager &SM);

  /// A stable multi-line dump of the graph of the function whose body is
  /// \p Scope (--debug-escape): its locations, its edges with their
  /// dereference counts, and the verdict and chain of each of \p Vars.
  std::string dump(llvm::ArrayRef<const clang::VarDecl *> Vars,
                   const clang::Stmt *Scope);

  /// How many callee bodies were summarized, for tests of the caching.
  unsigned summaryComputations() const;

private:
  struct ScopeGraph;
  ScopeGraph &graphFor(const clang::VarDecl *Var, const clang::Stmt *Scope);
  EscapeResult verdict(const ScopeGraph &SG, const clang::VarDecl *Var) const;

  clang::ASTContext &Ctx;
  std::unique_ptr<EscapeSummaries> Summaries;
  llvm::DenseMap<const clang::Stmt *, std::unique_ptr<ScopeGraph>> Graphs;
  llvm::DenseMap<const clang::VarDecl *, EscapeResult> Cache;
};

/// The words the dumps use for a reason, e.g. "returned".
llvm::StringRef reasonName(EscapeReason Reason);

} // namespace stacklift

#endif // STACKLIFT_ANALYSIS_ESCAPE_ESCAPEANALYSIS_H
