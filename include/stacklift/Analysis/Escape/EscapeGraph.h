//===- EscapeGraph.h - Locations, flows and the solver ----------*- C++ -*-===//
//
// The data flow graph of the escape analysis and its solver, after Go's
// src/cmd/compile/internal/escape (graph.go, solve.go). Locations, sinks,
// edges `Dst <- Src (Derefs)` and the solver are described in
// docs/design/EscapeAnalysis.md, "The model".
//
// As in Go, an edge is stored at its destination, and the solver walks
// backwards over the edges from each sink, then from each location found to
// escape; each escaping location keeps the path that proved it: the
// explanation chain.
//
//===----------------------------------------------------------------------===//

#ifndef STACKLIFT_ANALYSIS_ESCAPE_ESCAPEGRAPH_H
#define STACKLIFT_ANALYSIS_ESCAPE_ESCAPEGRAPH_H

#include "clang/AST/Decl.h"
#include "clang/AST/Stmt.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/ArrayRef.h"
#include <climits>
#include <deque>
#include <string>
#include <vector>

namespace stacklift {

/// What a location stands for.
enum class LocKind {
  Local,       ///< A local variable (including reference and pointer ones).
  Storage,     ///< The heap buffer owned by a local container.
  Param,       ///< A parameter's own object (a pointer for reference params).
  ThisParam,   ///< The implicit `this` pointer of a method.
  Temp,        ///< A temporary, a lambda's closure object, a call's result.
  Return,      ///< Sink: the return slot.
  Thrown,      ///< Sink: a thrown exception object.
  CoReturn,    ///< Sink: the promise of a coroutine, through co_return.
  CoYield,     ///< Sink: the promise of a coroutine, through co_yield.
  Heap,        ///< Sink: an object made by new, make_unique, std::function...,
               ///< or what a store through an unresolved pointer reaches.
  Global,      ///< Sink: a global or static variable.
  Member,      ///< Sink: a member of *this.
  ParamObject, ///< Sink: the object a reference or pointer parameter reaches.
  Callee,      ///< Sink: a callee that may keep what it is given.
};

/// True for the kinds that outlive every local of the function.
inline bool isSinkKind(LocKind K) { return K >= LocKind::Return; }

/// How a value moves along an edge; the explanation chain's vocabulary.
enum class FlowKind {
  Own,       ///< A container holds its storage's address (implicit).
  Assign,    ///< A value copied: `q = p`, a pointer or a closure copied.
  Move,      ///< A container moved or swapped: `w = std::move(v)`.
  AddressOf, ///< `&x`.
  Elements,  ///< A pointer into the storage: data(), begin(), &v[0], span.
  RefBind,   ///< A reference bound: `T &r = x`, passing to a T& parameter.
  Capture,   ///< Captured by reference in a lambda.
  Store,     ///< Stored as an element of a container.
  Through,   ///< Passed to a callee that returns or stores it (summary).
  Internal,  ///< Bookkeeping between temporaries; not shown in chains.
};

/// An index into EscapeGraph's locations.
using LocId = unsigned;
constexpr LocId NoLoc = ~0u;
constexpr int NoDerefs = INT_MAX;

/// `Dst <- Src (Derefs)`, stored at Dst.
struct EscapeEdge {
  LocId Src = NoLoc;
  int Derefs = 0;
  FlowKind Kind = FlowKind::Assign;
  /// The statement or expression that makes the flow.
  const clang::Stmt *Where = nullptr;
};

/// One step of an explanation chain, in flow order: Src's value (or address)
/// reaches Dst at Where.
struct EscapeFlowStep {
  LocId Src = NoLoc;
  LocId Dst = NoLoc;
  const EscapeEdge *Edge = nullptr;
};

struct EscapeLocation {
  LocKind Kind = LocKind::Local;
  /// What a user calls it: a variable, member or callee name, or what a
  /// temporary holds ("a copy", "a lambda"); empty for an unnamed temporary
  /// and for the sinks that need no name: the return slot, the thrown
  /// exception, co_return, co_yield, the heap that unresolved stores reach.
  std::string Name;
  const clang::Decl *D = nullptr;
  /// For Storage: the container that owns it.
  LocId Owner = NoLoc;
  std::vector<EscapeEdge> In;

  // Solver state.
  bool Escapes = false;
  /// For an escaping location, the sink or escaping location it reached and
  /// the path there (flow order, from this location).
  LocId EscapeRoot = NoLoc;
  std::vector<EscapeFlowStep> Chain;
  unsigned WalkGen = 0;
  int Derefs = 0;
  LocId Next = NoLoc;    ///< Towards the current root.
  unsigned NextEdge = 0; ///< Index in Next's In list.
  bool Queued = false;
};

/// What reaches a parameter from the sinks, for a callee summary: the least
/// dereference count from each kind of sink, NoDerefs for none.
struct ParamReach {
  int Heap = NoDerefs;   ///< Any sink but the return slot and *this.
  int Result = NoDerefs; ///< The return slot.
  int This = NoDerefs;   ///< A member of *this.
  /// The sink that Heap came from (its kind decides the caller's reason).
  LocKind HeapKind = LocKind::Callee;
};

/// The graph of one function (or one statement) and its solution.
class EscapeGraph {
public:
  /// Adds a location. A Storage location needs \p Owner and gets the edge
  /// `Owner <- Storage (-1)`.
  LocId add(LocKind Kind, std::string Name, const clang::Decl *D = nullptr,
            LocId Owner = NoLoc);
  /// Adds `Dst <- Src (Derefs)`; ignored when either is NoLoc or Dst == Src
  /// with Derefs >= 0.
  void flow(LocId Dst, LocId Src, int Derefs, FlowKind Kind,
            const clang::Stmt *Where);

  const EscapeLocation &loc(LocId Id) const { return Locs[Id]; }
  unsigned size() const { return Locs.size(); }

  /// Solves to a fixed point: marks every escaping location with its
  /// chain, and records what reaches each parameter (see reach()).
  void solve();
  /// After solve(): what reaches parameter location \p Param.
  ParamReach reach(LocId Param) const;

  /// A name for messages: "'v'", "member 'Items'", "a temporary".
  std::string displayName(LocId Id) const;
  /// A stable dump of the locations and edges (after solve(), with the
  /// escaping ones marked); lines as "<line>" counted by \p SM.
  std::string dump(const clang::SourceManager &SM) const;

private:
  void walkOne(LocId Root, std::vector<LocId> &Roots);
  /// Notes that parameter \p Param is reached at \p Derefs from a sink of
  /// kind \p RootSink.
  void recordReach(LocId Param, int Derefs, LocKind RootSink);
  /// Walks on from \p Id, reached at \p Derefs, to the sources of its
  /// edges that this walk reaches at a smaller count.
  void relaxEdgesInto(LocId Id, int Derefs, std::deque<LocId> &Todo);
  bool outlives(LocId Root, LocId L) const;
  /// Whether an edge of \p L into itself carries its address to what
  /// reaches L at \p Derefs (`v[1].prev = &v[0]`).
  bool holdsOwnAddress(const EscapeLocation &L, int Derefs) const;
  std::vector<EscapeFlowStep> pathToRoot(LocId From) const;

  std::vector<EscapeLocation> Locs;
  std::vector<std::pair<LocId, ParamReach>> Reaches;
  unsigned WalkGen = 0;
};

/// "local", "storage", "return", ... for dumps.
llvm::StringRef locKindName(LocKind Kind);
/// "assign", "move", "address-of", ... for dumps.
llvm::StringRef flowKindName(FlowKind Kind);

} // namespace stacklift

#endif // STACKLIFT_ANALYSIS_ESCAPE_ESCAPEGRAPH_H
