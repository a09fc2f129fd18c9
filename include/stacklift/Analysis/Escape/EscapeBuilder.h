//===- EscapeBuilder.h - From a function to its graph -----------*- C++ -*-===//
//
// Walks one function (or one statement) and adds its locations and flows to
// an EscapeGraph, as Go's escape.go/expr.go/stmt.go do. Every expression is
// evaluated into a *hole*: the location its value flows to and the
// dereference count on the way. `&e` lowers the count by one, `*e` raises
// it, a variable reference closes the hole with an edge.
//
// Calls are lowered from the callee's parameter summary (EscapeSummaries.h)
// when its body is visible, from a model of the standard library for `std`
// functions and classes (the names it knows are in StdModel.h), and as an
// opaque callee otherwise. The model of each kind of call lives in
// EscapeCalls.cpp; docs/design/EscapeAnalysis.md, "Calls", states it.
//
//===----------------------------------------------------------------------===//

#ifndef STACKLIFT_ANALYSIS_ESCAPE_ESCAPEBUILDER_H
#define STACKLIFT_ANALYSIS_ESCAPE_ESCAPEBUILDER_H

#include "stacklift/Analysis/Escape/EscapeGraph.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/ExprCXX.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include <map>

namespace stacklift {

/// What a callee does with its parameters, as seen from its callers.
struct EscapeSummary {
  std::vector<ParamReach> Params;
  /// The implicit object argument (`this`) of a method.
  ParamReach This;
};

/// Hands out callee summaries; null for a callee to treat as opaque.
class EscapeSummarySource {
public:
  virtual ~EscapeSummarySource();
  virtual const EscapeSummary *summaryFor(const clang::FunctionDecl *F) = 0;
};

/// A copy of a vector into another object: not an escape, but recorded for
/// the remedies (the type of the copy's target).
struct EscapeCopy {
  const clang::VarDecl *Var = nullptr;
  const clang::Stmt *Where = nullptr;
  std::string TargetType;
};

/// False for values that can hold no address: numbers, enums, bool, void,
/// nullptr_t.
bool mayHoldPointer(clang::QualType T);
/// True for a type whose objects own heap storage that a copy duplicates:
/// the standard containers, classes named like a vector, and classes with a
/// member of such a type.
bool isOwningType(clang::QualType T);
/// True for a container whose elements live in its storage: the standard
/// containers and classes named like a vector.
bool isContainerType(clang::QualType T);

class EscapeBuilder {
public:
  EscapeBuilder(clang::ASTContext &Ctx, EscapeGraph &G,
                EscapeSummarySource *Summaries)
      : Ctx(Ctx), G(G), Summaries(Summaries) {}

  /// Adds \p F: its parameters, `this`, member initializers and body.
  void buildFunction(const clang::FunctionDecl *F);
  /// Adds \p S alone, as if it were the body of a function without
  /// parameters.
  void buildStatement(const clang::Stmt *S);
  /// Leaves \p Returns out of the graph built next: what they return
  /// reaches no sink through them. For the question "does the vector
  /// escape other than by these returns?" (EscapeAnalyzer::analyzeBeyond).
  void ignoreReturns(llvm::ArrayRef<const clang::ReturnStmt *> Returns) {
    IgnoredReturns.insert(Returns.begin(), Returns.end());
  }

  /// The location of local \p V, or NoLoc if the graph has none.
  LocId locationOf(const clang::VarDecl *V) const;
  /// The storage of local container \p V, or NoLoc.
  LocId storageOf(const clang::VarDecl *V) const;
  /// The parameter locations of the function built, in order.
  llvm::ArrayRef<LocId> params() const { return ParamLocs; }
  LocId thisParam() const { return ThisLoc; }
  llvm::ArrayRef<EscapeCopy> copies() const { return Copies; }

  /// Where an evaluated value goes.
  struct Hole {
    LocId Dst = NoLoc;
    int Derefs = 0;
    FlowKind Kind = FlowKind::Assign;
    const clang::Stmt *Where = nullptr;

    /// A hole into \p Dst at \p Derefs.
    static Hole into(LocId Dst, FlowKind Kind, const clang::Stmt *Where,
                     int Derefs = 0) {
      Hole H;
      H.Dst = Dst;
      H.Derefs = Derefs;
      H.Kind = Kind;
      H.Where = Where;
      return H;
    }

    Hole addr() const { return shift(-1); }
    Hole deref() const { return shift(1); }
    Hole shift(int D) const {
      Hole H = *this;
      H.Derefs += D;
      return H;
    }
    Hole with(FlowKind K) const {
      Hole H = *this;
      H.Kind = K;
      return H;
    }
    /// The first operation that names how a value moves wins: `&v` inside
    /// a move keeps AddressOf.
    Hole named(FlowKind K) const {
      return Kind == FlowKind::Assign || Kind == FlowKind::Internal ? with(K)
                                                                    : *this;
    }
  };

private:
  // Statements (EscapeBuilder.cpp).
  void stmt(const clang::Stmt *S);
  void varDecl(const clang::VarDecl *V, const clang::Stmt *Where);

  // Expressions (EscapeBuilder.cpp).
  void expr(Hole K, const clang::Expr *E);
  void exprAddr(Hole K, const clang::Expr *E);
  // The kinds of expressions expr() and exprAddr() handle; each returns
  // false for an expression not of its kinds.
  /// Parentheses, full expressions and the like: their operand.
  bool exprTransparent(Hole K, const clang::Expr *E);
  /// Casts, unary, binary and conditional operators.
  bool exprOperator(Hole K, const clang::Expr *E);
  void unaryOperator(Hole K, const clang::UnaryOperator *Un);
  void binaryOperator(Hole K, const clang::BinaryOperator *Bin);
  /// Calls, constructions, new, lambdas, `this`.
  bool exprCallOrObject(Hole K, const clang::Expr *E);
  /// throw, co_yield, co_await.
  bool exprThrowOrCoroutine(Hole K, const clang::Expr *E);
  void coYield(const clang::CoyieldExpr *Yield);
  /// The address of prvalue \p E, materialized in a temporary.
  void materialize(Hole K, const clang::Expr *E);
  void memberAddr(Hole K, const clang::MemberExpr *Member);
  /// The address of a conditional, comma or assignment expression.
  bool operatorAddr(Hole K, const clang::Expr *E);
  void discard(const clang::Expr *E) { expr(Hole(), E); }
  void varAddr(Hole K, const clang::VarDecl *V, const clang::Expr *Ref);
  void lambda(Hole K, const clang::LambdaExpr *L);
  /// `Dst = Src` for class or scalar types; \p Move picks the move.
  void assign(const clang::Expr *Dst, const clang::Expr *Src, bool Move,
              const clang::Stmt *Where);
  /// A copy of \p E into \p K (an object of type \p Target): a container
  /// gets storage of its own, and the copy is recorded.
  void copyInto(Hole K, const clang::Expr *E,
                clang::QualType Target = clang::QualType());
  /// The location whose contents lvalue \p E designates; a heap sink when
  /// it cannot be told (as Go does for stores through pointers).
  LocId designate(const clang::Expr *E, unsigned Depth = 0);
  LocId designateDecl(const clang::DeclRefExpr *Ref, unsigned Depth);
  LocId designateCall(const clang::CallExpr *Call, unsigned Depth);
  /// The location that pointer \p P points to, as designate() does.
  LocId designatePointee(const clang::Expr *P, unsigned Depth = 0);
  /// A hole that flows into every hole of \p Holes.
  Hole tee(llvm::ArrayRef<Hole> Holes, const clang::Stmt *Where);

  // Calls (EscapeCalls.cpp), in the order of the cases there; each case
  // returns false for a call it does not model.
  struct CallParts;
  void call(Hole K, const clang::CallExpr *E);
  bool stdArgumentItself(Hole K, const CallParts &P);
  bool classAssignment(Hole K, const CallParts &P);
  bool stdContainerMethod(Hole K, const CallParts &P);
  void stdCall(Hole K, const CallParts &P);
  bool stdFreeFunction(Hole K, const CallParts &P);
  void stdMethod(Hole K, const CallParts &P, llvm::StringRef Class);
  void stdAlgorithm(Hole K, const CallParts &P);
  /// A callee that may keep what it gets through non-const references and
  /// pointers (case 5); \p FD is null for a call through a pointer.
  void opaque(Hole K, const clang::Stmt *Where, const clang::FunctionDecl *FD,
              const clang::FunctionProtoType *Proto, const clang::Expr *Obj,
              bool ObjIsPtr, llvm::ArrayRef<const clang::Expr *> Args);
  const EscapeSummary *summaryOf(const CallParts &P);
  void summarizedCall(Hole K, const CallParts &P,
                      const EscapeSummary &Summary); // 6
  /// The hole that argument \p R of a call to \p Callee (defined by \p Def)
  /// flows into, for the caller's result \p K and object; \p Kept is the
  /// sink of the callee, made by the first argument that reaches it.
  Hole reachHole(Hole K, const CallParts &P, const ParamReach &R,
                 const clang::FunctionDecl *Def, LocId &Kept);
  /// The sink that keeps what reaches \p R's heap in \p Callee.
  LocId summarySink(const ParamReach &R, const clang::FunctionDecl *Callee,
                    const clang::FunctionDecl *Def);

  // Pieces of calls (EscapeCalls.cpp).
  /// An argument as a parameter of type \p ParamType sees it.
  void passArg(Hole H, const clang::Expr *Arg, clang::QualType ParamType);
  /// The object, as the callee's `this` sees it: a pointer.
  void passObject(Hole H, const clang::Expr *Obj, bool ObjIsPtr);
  /// The object of a method call, seen through a pointer.
  LocId designateObject(const CallParts &P);
  /// What a container's storage is to a pointer result.
  void exposeElements(Hole H, const clang::Expr *Container, bool IsPtr);
  /// Stores the arguments into \p Dst, copying containers given as lvalues.
  void storeArgs(LocId Dst, clang::QualType Element, const CallParts &P);
  /// An argument held by a new object: copied from an lvalue that owns
  /// storage, moved or copied as a value otherwise.
  void holdArg(Hole H, const clang::Expr *A);

  // Constructions and new (EscapeCalls.cpp).
  void construct(Hole K, const clang::CXXConstructExpr *E);
  void constructStd(Hole H, const clang::CXXConstructExpr *E);
  void constructContainer(Hole H, const clang::CXXConstructExpr *E);
  void constructView(Hole H, const clang::Expr *A);
  void constructSummarized(Hole H, const clang::CXXConstructExpr *E,
                           const EscapeSummary &Summary,
                           const clang::CXXConstructorDecl *Def);
  /// Calls \p Visit on each argument of \p E that may hold a pointer and is
  /// written, in order; discards the others.
  void
  eachPointerArg(const clang::CXXConstructExpr *E,
                 llvm::function_ref<void(const clang::Expr *, unsigned)> Visit);
  void newExpr(Hole K, const clang::CXXNewExpr *E);

  // Locations.
  LocId varLoc(const clang::VarDecl *V);
  LocId sink(LocKind Kind, std::string Name, const void *Key = nullptr);
  LocId temp(std::string Name = {});
  /// The storage of the container \p E designates, or NoLoc.
  LocId storageOfExpr(const clang::Expr *E);
  const clang::VarDecl *localVarOf(const clang::Expr *E) const;
  void recordCopy(const clang::Expr *Source, const clang::Stmt *Where,
                  clang::QualType Target);

  clang::ASTContext &Ctx;
  EscapeGraph &G;
  EscapeSummarySource *Summaries;
  const clang::FunctionDecl *Func = nullptr;
  llvm::DenseMap<const clang::VarDecl *, LocId> Vars;
  llvm::DenseMap<const clang::VarDecl *, LocId> Storages;
  llvm::DenseMap<std::pair<unsigned, const void *>, LocId> Sinks;
  std::map<std::string, LocId> NamedSinks;
  std::vector<LocId> ParamLocs;
  LocId ThisLoc = NoLoc;
  LocId ReturnLoc = NoLoc;
  std::vector<EscapeCopy> Copies;
  /// Local pointers assigned after their declaration, stepped, or whose
  /// address is taken: a store through them goes to the heap.
  llvm::DenseSet<const clang::VarDecl *> Reseated;
  llvm::DenseSet<const clang::ReturnStmt *> IgnoredReturns;
  /// The statement that the expression being evaluated belongs to.
  const clang::Stmt *CurStmt = nullptr;
};

} // namespace stacklift

#endif // STACKLIFT_ANALYSIS_ESCAPE_ESCAPEBUILDER_H
