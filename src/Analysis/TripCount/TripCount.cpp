//===- TripCount.cpp - How many elements a loop adds ----------------------===//
//
// The entry points of the trip-count analysis and the growth rules G1-G4:
// which growth calls and nested loops add to the vector in each iteration,
// and how their counts combine. The rule names follow
// docs/design/TripCount.md; the iteration rules live in TripCountLoops.cpp,
// TripCountRanges.cpp and TripCountMath.cpp.
//
//===----------------------------------------------------------------------===//

#include "stacklift/Analysis/TripCount/TripCount.h"
#include "TripCountImpl.h"
#include "stacklift/Analysis/Index/LoopStructure.h"
#include "stacklift/Analysis/Index/VariableUses.h"
#include "stacklift/Match/GrowthMatchers.h"
#include "stacklift/Support/SourceText.h"
#include "stacklift/Support/StdNames.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/StmtCXX.h"
#include "llvm/ADT/SetVector.h"
#include "llvm/ADT/StringExtras.h"

using namespace clang;

namespace stacklift {

using detail::unknown;
using detail::wide;

llvm::StringRef kindName(CountKind Kind) {
  switch (Kind) {
  case CountKind::Exact:
    return "exact";
  case CountKind::UpperBound:
    return "upper-bound";
  case CountKind::Unknown:
    return "unknown";
  }
  llvm_unreachable("unknown CountKind");
}

TripCount TripCountAnalyzer::iterations(const Stmt *Loop,
                                        const VarDecl *Vector) {
  return iterationsIn(Loop, Loop, Vector);
}

TripCount TripCountAnalyzer::iterationsIn(const Stmt *Loop, const Stmt *Scope,
                                          const VarDecl *Vector) {
  if (const auto *For = dyn_cast<ForStmt>(Loop))
    return detail::countedFor(For, Scope, Vector, Fn);
  if (const auto *Range = dyn_cast<CXXForRangeStmt>(Loop))
    return detail::rangeFor(Range, Scope, Vector, Fn);
  return detail::countedWhile(Loop, Scope, Vector, Fn);
}

TripCount TripCountAnalyzer::elementsAdded(const Stmt *Loop,
                                           const VarDecl *Vector) {
  return addedIn(Loop, Loop, Vector);
}

/// The growth calls of \p Vector anywhere inside \p Region (nested loops and
/// lambdas included), in source order.
static llvm::SmallVector<const CXXMemberCallExpr *, 4>
growthCallsIn(const Stmt &Region, const VarDecl *Vector,
              const FunctionIndex &Fn) {
  llvm::SetVector<const CXXMemberCallExpr *> Calls;
  for (const DeclRefExpr *Ref : Fn.Uses.of(Vector))
    for (const CXXMemberCallExpr *Call : memberCalls(Ref, Fn.Parents))
      if (isGrowthCall(Call)) {
        // The calls of a generic lambda's instantiations are the compiler's
        // copies of the one the user wrote (unless the function analysed
        // is itself such an instantiation).
        const FunctionDecl *Owner = enclosingFunction(Call, Fn.Parents);
        if (Owner && Owner != &Fn.Function && Owner->isTemplateInstantiation())
          continue;
        if (Fn.Mutations.isInside(Call, Region))
          Calls.insert(Call);
      }
  return {Calls.begin(), Calls.end()};
}

/// True when the use \p Ref of a vector cannot change its size, whatever
/// its result is used for: a growth call (which the count counts) or an
/// access to its elements. Its elements may change; the size may not.
static bool keepsSizeOrGrows(const DeclRefExpr *Ref, const FunctionIndex &Fn) {
  static constexpr llvm::StringLiteral ElementAccess[] = {
      "at",       "back",   "begin", "capacity", "cbegin",       "cend",
      "crbegin",  "crend",  "data",  "empty",    "end",          "front",
      "max_size", "rbegin", "rend",  "size",     "get_allocator"};
  DynTypedNode Use = useOf(Ref, Fn.Parents);
  if (const auto *Op = Use.get<CXXOperatorCallExpr>())
    return Op->getOperator() == OO_Subscript && Op->getNumArgs() == 2 &&
           Op->getArg(0)->IgnoreParenImpCasts() == Ref;
  // std::end(v), as in v.insert(std::end(v), x), and its siblings.
  if (const auto *Call = Use.get<CallExpr>();
      Call && Call->getNumArgs() == 1 &&
      isStdTopLevel(Call->getDirectCallee()) &&
      Call->getDirectCallee()->getDeclName().isIdentifier())
    return llvm::is_contained(ElementAccess,
                              Call->getDirectCallee()->getName());
  auto Calls = memberCalls(Ref, Fn.Parents);
  if (!Calls.empty() && llvm::all_of(Calls, isGrowthCall))
    return true;
  return llvm::is_contained(ElementAccess, calledMethod(Ref, Fn.Parents));
}

/// The first use that may change the size of \p Vector in \p Loop other
/// than its growth calls, or null when there is none: `v.clear()`,
/// `std::swap(v, w)`, `w = std::move(v)`, `flush(&v)`, `alias.clear()`
/// through a reference made before the loop, a lambda that empties it.
/// The count is the number of elements added only when nothing else
/// changes the size.
static const Stmt *findOtherChange(const Stmt *Loop, const VarDecl *Vector,
                                   const FunctionIndex &Fn) {
  return Fn.Mutations.findMutation(
      Vector, *loopBody(Loop),
      [&](const DeclRefExpr *Ref) { return keepsSizeOrGrows(Ref, Fn); });
}

/// True when \p Count can be a vector's size: not negative and at most
/// PTRDIFF_MAX, above every max_size() of a 64-bit target.
static bool fitsSizeType(const llvm::APSInt &Count) {
  return !Count.isNegative() && Count.getActiveBits() <= 63;
}

/// The code of \p Count as a std::size_t: as it is when it already is one,
/// else converted.
static std::string asSize(const TripCount &Count) {
  if (!Count.SizeText.empty())
    return Count.SizeText;
  if (Count.SizeTyped || Count.Constant)
    return Count.Text;
  return "static_cast<std::size_t>(" + Count.Text + ")";
}

/// `A * B` of two factors, or `A * (B + C ...)` of a factor and a sum.
static std::string productText(llvm::StringRef Factor,
                               llvm::ArrayRef<std::string> Terms) {
  std::string Sum;
  for (const std::string &Term : Terms)
    Sum += (Sum.empty() ? "" : " + ") +
           (Terms.size() > 1 ? parenthesized(Term) : Term);
  return parenthesized(Factor) + " * " + parenthesized(Sum);
}

namespace {
/// What one iteration of a loop adds: K direct growth calls and the counts
/// of the nested loops that grow the vector.
struct PerIteration {
  unsigned Direct = 0;
  /// The direct calls are conditional, but every branch makes them (G5).
  bool Branches = false;
  llvm::SmallVector<TripCount, 2> Nested;
  /// The first thing that makes the count an upper bound, and why.
  const Stmt *Limit = nullptr;
  std::string Why;
  void limit(const Stmt *S, llvm::StringRef Reason) {
    if (!Limit) {
      Limit = S;
      Why = Reason.str();
    }
  }
};
} // namespace

/// True when \p Condition, a conjunction joined by " && ", has \p Part.
static bool hasConjunct(llvm::StringRef Condition, llvm::StringRef Part) {
  llvm::SmallVector<llvm::StringRef, 4> Parts;
  Condition.split(Parts, " && ");
  return llvm::is_contained(Parts, Part);
}

/// Writes into \p Out the count of \p Iter iterations that each add
/// \p ConstPart elements and the nested counts \p TextParts (\p SizeParts:
/// their code in std::size_t): `6`, `2 * n`, `n * (2 + m)`. False when a
/// constant product does not fit in size_type.
static bool multiply(TripCount &Out, const TripCount &Iter,
                     const llvm::APSInt &ConstPart,
                     llvm::SmallVectorImpl<std::string> &TextParts,
                     llvm::SmallVectorImpl<std::string> &SizeParts) {
  if (Iter.Constant && TextParts.empty()) {
    bool Overflow = false;
    Out.Constant =
        llvm::APSInt(wide(*Iter.Constant).smul_ov(ConstPart, Overflow),
                     /*isUnsigned=*/false);
    if (Overflow || !fitsSizeType(*Out.Constant))
      return false;
    Out.Text = llvm::toString(*Out.Constant, 10);
  } else if (Iter.Constant && Iter.Constant->isZero()) {
    Out.Constant = wide(0);
    Out.Text = "0";
    Out.Guard.clear();
  } else if (TextParts.empty()) {
    // k * n: the program never computes it, so the code must not overflow
    // where the program does not: a signed n is converted to std::size_t
    // first (an unsigned one cannot overflow).
    Out.Constant.reset();
    Out.Text = llvm::toString(ConstPart, 10) + " * " + parenthesized(Iter.Text);
    if (Iter.MayBeSigned && !Iter.SizeTyped) {
      Out.SizeText =
          llvm::toString(ConstPart, 10) + " * " + parenthesized(asSize(Iter));
      Out.MayBeSigned = false;
      Out.SizeTyped = true;
    }
  } else {
    // n * (k + m ...); the code converts every symbolic factor and term
    // to std::size_t first (the guards keep them non-negative).
    Out.Constant.reset();
    if (!ConstPart.isZero()) {
      TextParts.insert(TextParts.begin(), llvm::toString(ConstPart, 10));
      SizeParts.insert(SizeParts.begin(), llvm::toString(ConstPart, 10));
    }
    Out.Text = productText(Iter.Text, TextParts);
    Out.SizeText = productText(asSize(Iter), SizeParts);
    Out.MayBeSigned = false;
    Out.SizeTyped = true;
  }
  return true;
}

/// The elements \p Per adds in each of the \p Iter iterations, in total:
/// G1 (one), G3 (k * n), G4 (n * (k + m ...)), or G2 when any part is
/// conditional or the loop can leave early.
static TripCount combine(const TripCount &Iter, const PerIteration &Per) {
  llvm::APSInt ConstPart = wide(Per.Direct);
  llvm::SmallVector<std::string, 2> TextParts, SizeParts;
  std::string Guard = Iter.Guard, SubRules;
  bool MayBeSigned = Iter.MayBeSigned;
  llvm::SmallVector<const VarDecl *, 4> Out0Reads = Iter.Reads;
  bool ReadsMembers = Iter.ReadsMembers;
  for (const TripCount &Sub : Per.Nested) {
    if (Sub.Constant) {
      ConstPart += wide(*Sub.Constant);
    } else {
      TextParts.push_back(Sub.Text);
      SizeParts.push_back(asSize(Sub));
      MayBeSigned |= Sub.MayBeSigned;
    }
    Out0Reads.append(Sub.Reads.begin(), Sub.Reads.end());
    ReadsMembers |= Sub.ReadsMembers;
    if (!Sub.Guard.empty() && !hasConjunct(Guard, Sub.Guard))
      Guard = Guard.empty() ? Sub.Guard : Guard + " && " + Sub.Guard;
    SubRules += (SubRules.empty() ? "" : ",") + Sub.Rule;
  }
  TripCount Out = Iter;
  Out.MayBeSigned = MayBeSigned;
  Out.Reads = std::move(Out0Reads);
  Out.ReadsMembers = ReadsMembers;
  Out.SizeText.clear();
  if (!TextParts.empty() || ConstPart != wide(1)) {
    Out.CountsIterations = false;
    Out.Guard = Guard;
    if (!multiply(Out, Iter, ConstPart, TextParts, SizeParts))
      return unknown(Iter.Witness, "the count does not fit in size_type");
  }
  std::string Growth = !Per.Nested.empty() ? "G4(" + SubRules + ")"
                       : Per.Direct > 1    ? "G3"
                                           : "G1";
  if (Per.Branches)
    Growth = "G5";
  if (Per.Limit) {
    Out.Kind = CountKind::UpperBound;
    Out.Witness = Per.Limit;
    Out.Reason = Per.Why;
    Growth = "G2";
  }
  Out.Rule = Iter.Rule + "+" + Growth;
  return Out;
}

namespace {
/// G5: how many growth calls a statement of a loop's body makes each time
/// it runs to its end, when that number is the same whichever way it goes.
struct BranchCounter {
  llvm::ArrayRef<const Stmt *> Calls;
  const FunctionIndex &Fn;

  bool holdsCall(const Stmt *S) const {
    return S && llvm::any_of(Calls, [&](const Stmt *Call) {
             return Fn.Mutations.isInside(Call, *S);
           });
  }

  /// \p AtEnd: nothing of the body follows \p S, so a `continue` at the
  /// end of a branch of an if in it skips only the rest of its block.
  std::optional<unsigned> count(const Stmt *S, bool AtEnd) const {
    if (!S)
      return 0;
    if (const auto *Block = dyn_cast<CompoundStmt>(S))
      return block(llvm::ArrayRef<Stmt *>(Block->body_begin(), Block->size()),
                   AtEnd);
    if (const auto *If = dyn_cast<IfStmt>(S)) {
      if (holdsCall(If->getInit()) || holdsCall(If->getCond()) ||
          If->isConsteval() || findExitIn(If->getCond()))
        return std::nullopt;
      std::optional<unsigned> Then = count(If->getThen(), AtEnd);
      std::optional<unsigned> Else = count(If->getElse(), AtEnd);
      if (!Then || !Else || *Then != *Else)
        return std::nullopt;
      return Then;
    }
    // Anything else runs its growth calls once, or may not.
    if (findExitIn(S))
      return std::nullopt;
    unsigned N = 0;
    for (const Stmt *Call : Calls)
      if (Fn.Mutations.isInside(Call, *S)) {
        if (!runsOnceIn(Call, S, Fn.Parents))
          return std::nullopt;
        ++N;
      }
    return N;
  }

  /// `if (c) { ...; continue; } rest...` is `if (c) { ... } else { rest }`
  /// when nothing of the body follows the block.
  std::optional<unsigned> block(llvm::ArrayRef<Stmt *> Stmts,
                                bool AtEnd) const {
    unsigned N = 0;
    for (size_t I = 0; I < Stmts.size(); ++I) {
      bool Last = I + 1 == Stmts.size();
      const auto *If = dyn_cast<IfStmt>(Stmts[I]);
      if (AtEnd && If && !If->getElse() && !If->isConsteval() &&
          !holdsCall(If->getInit()) && !holdsCall(If->getCond()) &&
          !findExitIn(If->getCond())) {
        if (std::optional<llvm::ArrayRef<Stmt *>> Then =
                branchBeforeContinue(If->getThen())) {
          std::optional<unsigned> T = block(*Then, /*AtEnd=*/false);
          std::optional<unsigned> Rest = block(Stmts.drop_front(I + 1), AtEnd);
          if (!T || !Rest || *T != *Rest)
            return std::nullopt;
          return N + *T;
        }
      }
      std::optional<unsigned> K = count(Stmts[I], AtEnd && Last);
      if (!K)
        return std::nullopt;
      N += *K;
    }
    return N;
  }

  /// The statements of a branch that ends in `continue`, before it;
  /// std::nullopt when it does not end so.
  static std::optional<llvm::ArrayRef<Stmt *>>
  branchBeforeContinue(const Stmt *Branch) {
    if (isa<ContinueStmt>(Branch))
      return llvm::ArrayRef<Stmt *>();
    const auto *Block = dyn_cast<CompoundStmt>(Branch);
    if (!Block || Block->body_empty() || !isa<ContinueStmt>(Block->body_back()))
      return std::nullopt;
    return llvm::ArrayRef<Stmt *>(Block->body_begin(), Block->size() - 1);
  }
};
} // namespace

/// The loop directly inside \p Loop that contains \p Inner (a loop nested
/// somewhere in \p Loop's body); null across a lambda.
static const Stmt *childLoop(const Stmt *Inner, const Stmt *Loop,
                             const FunctionIndex &Fn) {
  const Stmt *L = Inner;
  while (L) {
    const Stmt *Parent = enclosingLoop(L, Fn.Parents);
    if (Parent == Loop)
      return L;
    L = Parent;
  }
  return nullptr;
}

TripCount TripCountAnalyzer::addedIn(const Stmt *Loop, const Stmt *Scope,
                                     const VarDecl *Vector) {
  // G1-G4: which calls and nested loops grow the vector, per iteration.
  PerIteration Per;
  llvm::SmallVector<const Stmt *, 2> Direct;
  llvm::SetVector<const Stmt *> NestedLoops;
  for (const CXXMemberCallExpr *Call :
       growthCallsIn(*loopBody(Loop), Vector, Fn)) {
    const Stmt *Owner = enclosingLoop(Call, Fn.Parents);
    if (!Owner)
      continue; // Inside a lambda: not growth of this loop.
    if (Owner == Loop)
      Direct.push_back(Call);
    else if (const Stmt *Child = childLoop(Owner, Loop, Fn))
      NestedLoops.insert(Child);
  }
  if (Direct.empty() && NestedLoops.empty())
    return unknown(Loop, "the loop does not grow the vector");
  if (const Stmt *Change = findOtherChange(Loop, Vector, Fn))
    return unknown(Change, "the vector is also emptied, shrunk or replaced "
                           "in the loop");

  TripCount Iter = iterationsIn(Loop, Scope, Vector);
  if (Iter.Kind == CountKind::Unknown)
    return Iter;
  for (const Stmt *Call : Direct) {
    ++Per.Direct;
    if (!runsOncePerIteration(Call, Loop, Fn.Parents))
      Per.limit(Call, "the growth is conditional");
  }
  for (const Stmt *Inner : NestedLoops) {
    TripCount Sub = addedIn(Inner, Scope, Vector);
    if (Sub.Kind == CountKind::Unknown)
      return Sub;
    if (Sub.Kind == CountKind::UpperBound)
      Per.limit(Sub.Witness, Sub.Reason);
    if (!runsOncePerIteration(Inner, Loop, Fn.Parents))
      Per.limit(Inner, "the growth is conditional");
    Per.Nested.push_back(std::move(Sub));
  }
  if (const Stmt *Exit = findEarlyExit(Loop))
    Per.limit(Exit, "the loop can end an iteration early");
  if (Per.Limit && NestedLoops.empty()) {
    // G5: an if/else that grows the vector as often in every branch.
    BranchCounter Branches{Direct, Fn};
    if (std::optional<unsigned> K = Branches.count(loopBody(Loop), true);
        K && *K > 0) {
      Per = PerIteration();
      Per.Direct = *K;
      Per.Branches = true;
    }
  }
  for (const TripCount &Sub : Per.Nested)
    if (Sub.Constant && !fitsSizeType(*Sub.Constant))
      return unknown(Sub.Witness, "the count does not fit in size_type");
  if (Iter.Constant && !fitsSizeType(*Iter.Constant))
    return unknown(Iter.Witness, "the count does not fit in size_type");
  return combine(Iter, Per);
}

/// True when \p S names \p Var, or holds a label a goto may jump to.
static bool namesOrLabels(const Stmt *S, const VarDecl *Var) {
  if (!S)
    return false;
  if (isa<LabelStmt>(S))
    return true;
  if (const auto *Ref = dyn_cast<DeclRefExpr>(S))
    if (Ref->getDecl() == Var)
      return true;
  return llvm::any_of(S->children(), [&](const Stmt *Child) {
    return namesOrLabels(Child, Var);
  });
}

/// True when nothing in \p Passed changes what \p Count reads.
static bool holdsStill(const TripCount &Count,
                       llvm::ArrayRef<const Stmt *> Passed,
                       const VarDecl *Vector, const FunctionIndex &Fn) {
  const SourceManager &SM = Fn.Ctx.getSourceManager();
  for (const VarDecl *Read : Count.Reads) {
    // Declared after the first loop starts: not there to be read.
    if (!SM.isBeforeInTranslationUnit(
            SM.getExpansionLoc(Read->getLocation()),
            SM.getExpansionLoc(Passed.front()->getBeginLoc())))
      return false;
    for (const Stmt *S : Passed) {
      if (Fn.Mutations.findMutation(Read, *S))
        return false;
      if (Read->getType()->isReferenceType() &&
          detail::aliasChangeIn(Read, S, Vector, Fn))
        return false;
    }
  }
  return true;
}

std::optional<TripCount> TripCountAnalyzer::elementsAddedInSequence(
    const Stmt *Loop, const VarDecl *Vector, const TripCount &First,
    llvm::SmallVectorImpl<const Stmt *> &Later) {
  llvm::ArrayRef<DynTypedNode> Up = Fn.Parents.parents(*Loop);
  const auto *Block = Up.size() == 1 ? Up[0].get<CompoundStmt>() : nullptr;
  if (!Block || !First.isExact() || !First.Guard.empty())
    return std::nullopt;
  const Stmt *const *It = llvm::find(Block->body(), Loop);
  llvm::SmallVector<const Stmt *, 4> Passed = {Loop};
  TripCount Sum = First;
  Sum.Text = parenthesized(First.Text);
  std::string Rules = First.Rule;
  bool AllConstant = First.Constant.has_value();
  for (++It; It != Block->body_end(); ++It) {
    const Stmt *S = *It;
    if (isLoop(S) && !growthCallsIn(*S, Vector, Fn).empty()) {
      TripCount Next = elementsAdded(S, Vector);
      if (!Next.isExact() || !Next.Guard.empty() || Next.ReadsMembers ||
          !holdsStill(Next, Passed, Vector, Fn))
        break;
      Sum.SizeText = asSize(Sum) + " + " + asSize(Next);
      Sum.Text = Sum.Text + " + " + parenthesized(Next.Text);
      Sum.SizeTyped = true;
      Sum.MayBeSigned = false;
      AllConstant &= Next.Constant.has_value();
      Rules += "," + Next.Rule;
      Later.push_back(S);
    } else if (namesOrLabels(S, Vector) || findExitIn(S)) {
      break;
    }
    Passed.push_back(S);
  }
  // A constant total goes to the type-changing remedies, which count one
  // loop: keep the first loop's count then.
  if (Later.empty() || AllConstant) {
    Later.clear();
    return std::nullopt;
  }
  Sum.Constant.reset();
  Sum.CountsIterations = false;
  Sum.Rule = "S1(" + Rules + ")";
  return Sum;
}

std::string TripCountAnalyzer::describe(const TripCount &Count,
                                        const SourceManager &SM) {
  std::string Out = kindName(Count.Kind).str();
  if (!Count.Text.empty())
    Out += " '" + Count.Text + "'";
  if (Count.Constant)
    Out += " = " + llvm::toString(*Count.Constant, 10);
  if (!Count.Guard.empty())
    Out += " if '" + Count.Guard + "'";
  if (!Count.Rule.empty())
    Out += " [" + Count.Rule + "]";
  if (!Count.Reason.empty())
    Out += ": " + Count.Reason;
  if (Count.Witness)
    Out += " @" + std::to_string(
                      SM.getExpansionLineNumber(Count.Witness->getBeginLoc()));
  return Out;
}

} // namespace stacklift
