//===- RemedyInputs.cpp - What the remedy policy needs to know ------------===//

#include "stacklift/Remedy/RemedyInputs.h"
#include "stacklift/Analysis/Index/LoopStructure.h"
#include "stacklift/Analysis/Index/VariableUses.h"
#include "stacklift/Match/GrowthMatchers.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/AST/StmtCXX.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "llvm/ADT/StringSet.h"

using namespace clang;
using namespace clang::ast_matchers;

namespace stacklift {

static constexpr llvm::StringLiteral FixedCandidates[] = {
    "::std::inplace_vector", "::boost::container::static_vector"};
static constexpr llvm::StringLiteral InlineCandidates[] = {
    "::llvm::SmallVector", "::absl::InlinedVector",
    "::boost::container::small_vector", "::folly::small_vector"};

/// Whether the unit defines the class template \p Name ("::a::b::C"), by
/// name lookup from the translation unit down: no walk over the AST. An
/// inline namespace's members are visible in the namespace around it, as
/// Abseil's versioned namespace needs. A forward declaration is not enough
/// (`<boost/container/small_vector.hpp>` declares static_vector through
/// container_fwd.hpp): a fix naming it would not compile.
static bool isDeclared(llvm::StringRef Name, ASTContext &Ctx) {
  llvm::SmallVector<llvm::StringRef, 4> Parts;
  Name.drop_front(2).split(Parts, "::");
  const DeclContext *Context = Ctx.getTranslationUnitDecl();
  for (size_t I = 0; I < Parts.size(); ++I) {
    const NamedDecl *Next = nullptr;
    for (const NamedDecl *D : Context->lookup(&Ctx.Idents.get(Parts[I])))
      if (I + 1 < Parts.size() && isa<NamespaceDecl>(D))
        Next = D;
      else if (const auto *Template = dyn_cast<ClassTemplateDecl>(D);
               Template && I + 1 == Parts.size() &&
               Template->getTemplatedDecl()->getDefinition())
        Next = D;
    if (!Next)
      return false;
    if (I + 1 == Parts.size())
      return true;
    Context = cast<NamespaceDecl>(Next);
  }
  return false;
}

TargetTemplates findTargetTemplates(ASTContext &Ctx,
                                    const RemedyOptions &Options) {
  TargetTemplates Found;
  if (!Options.FixedCapacityType.empty())
    Found.Fixed = {Options.FixedCapacityType, Options.FixedCapacityHeader};
  if (!Options.InlineVectorType.empty())
    Found.Inline = {Options.InlineVectorType, Options.InlineVectorHeader};
  if (Found.Fixed.available() && Found.Inline.available())
    return Found;
  auto Pick = [&](llvm::ArrayRef<llvm::StringLiteral> Candidates,
                  TargetTemplate &Out) {
    for (llvm::StringRef Name : Candidates)
      if (!Out.available() && isDeclared(Name, Ctx))
        Out = {Name.drop_front(2).str(), ""};
  };
  Pick(FixedCandidates, Found.Fixed);
  Pick(InlineCandidates, Found.Inline);
  return Found;
}

static bool declaresNameOrJumps(const Stmt *S, llvm::StringRef Name);

/// Whether \p Ref is assigned something other than an empty braced list
/// (`v = {}` empties it; `v = {1, 2, 3}` and `v = w` fill it with elements
/// no growth call counts).
static bool assignedElements(const DeclRefExpr *Ref,
                             const ParentIndex &Parents) {
  const Expr *Child = Ref;
  while (true) {
    llvm::ArrayRef<DynTypedNode> Up = Parents.parents(*Child);
    const auto *Parent = Up.size() == 1 ? Up[0].get<Expr>() : nullptr;
    if (!Parent)
      return false;
    if (isa<ParenExpr>(Parent) || isa<ImplicitCastExpr>(Parent)) {
      Child = Parent;
      continue;
    }
    const auto *Op = dyn_cast<CXXOperatorCallExpr>(Parent);
    if (!Op || !Op->isAssignmentOp() || Op->getNumArgs() != 2 ||
        Op->getArg(0) != Child)
      return false;
    const Expr *Value = Op->getArg(1)->IgnoreImplicit();
    if (const auto *List = dyn_cast<InitListExpr>(Value))
      return List->getNumInits() != 0;
    if (const auto *Construct = dyn_cast<CXXConstructExpr>(Value))
      return Construct->getNumArgs() != 0;
    return true;
  }
}

std::optional<uint64_t> capacityBound(llvm::ArrayRef<const DeclRefExpr *> Uses,
                                      const Stmt *Loop, const TripCount &Count,
                                      const FunctionIndex &Fn) {
  if (!Count.Constant || Count.Constant->isNegative() ||
      Count.Constant->getActiveBits() > 32 || Count.Kind == CountKind::Unknown)
    return std::nullopt;
  uint64_t Bound = Count.Constant->getZExtValue();
  const SourceManager &SM = Fn.Ctx.getSourceManager();
  for (const DeclRefExpr *Ref : Uses) {
    // An assignment can fill it: v = {1, 2, 3}.
    if (assignedElements(Ref, Fn.Parents))
      return std::nullopt;
    // Otherwise only calls on the vector can add elements: v.push_back(x).
    const MemberExpr *Member = memberUse(Ref, Fn.Parents);
    auto Calls = memberCalls(Ref, Fn.Parents);
    if (Calls.empty())
      continue;
    const auto *Method = dyn_cast<CXXMethodDecl>(Member->getMemberDecl());
    if (!Method || !Method->getDeclName().isIdentifier())
      continue;
    llvm::StringRef Name = Method->getName();
    bool Grows = llvm::all_of(Calls, isGrowthCall);
    if (!Grows &&
        (Name == "insert" || Name == "emplace" || Name == "resize" ||
         Name == "assign" || Name == "append_range" || Name == "insert_range"))
      return std::nullopt; // Adds elements the bound does not count.
    if (!Grows)
      continue;
    if (Calls.size() != 1)
      return std::nullopt; // In a generic lambda's instantiations.
    const CXXMemberCallExpr *Call = Calls.front();
    if (isWithin(Call->getBeginLoc(), Loop, SM))
      continue; // Counted by Count.
    if (enclosingLoop(Call, Fn.Parents))
      return std::nullopt; // Grows in another loop too. FIXME: count it.
    // In a lambda, which may be called any number of times.
    if (enclosingClosure(Call, Fn.Parents) !=
        enclosingClosure(Loop, Fn.Parents))
      return std::nullopt;
    // A goto can run it again.
    if (declaresNameOrJumps(Fn.body(), /*Name=*/""))
      return std::nullopt;
    ++Bound;
  }
  return Bound;
}

QualType elementType(const VarDecl *Var) {
  const auto *Spec = dyn_cast_or_null<ClassTemplateSpecializationDecl>(
      Var->getType().getNonReferenceType()->getAsCXXRecordDecl());
  if (!Spec || Spec->getTemplateArgs().size() == 0 ||
      Spec->getTemplateArgs()[0].getKind() != TemplateArgument::Type)
    return {};
  return Spec->getTemplateArgs()[0].getAsType();
}

uint64_t elementSize(const VarDecl *Var, ASTContext &Ctx) {
  QualType T = elementType(Var);
  if (T.isNull() || T->isIncompleteType() || T->isDependentType())
    return 0;
  return Ctx.getTypeSizeInChars(T).getQuantity();
}

std::optional<uint64_t> sourceInlineCapacity(const Stmt *Loop,
                                             llvm::StringRef InlineTemplate,
                                             ASTContext &Ctx) {
  const auto *Range = dyn_cast<CXXForRangeStmt>(Loop);
  if (!Range || InlineTemplate.empty() || !Range->getRangeInit())
    return std::nullopt;
  QualType T = Range->getRangeInit()->IgnoreParenImpCasts()->getType();
  const auto *Spec = dyn_cast_or_null<ClassTemplateSpecializationDecl>(
      T.getNonReferenceType()->getAsCXXRecordDecl());
  if (!Spec)
    return std::nullopt;
  llvm::StringRef Wanted = InlineTemplate;
  Wanted.consume_front("::");
  std::string Name = Spec->getSpecializedTemplate()->getQualifiedNameAsString();
  // SmallVector<T, N> derives from SmallVectorImpl; the name is enough.
  if (Name != Wanted &&
      !llvm::StringRef(Name).ends_with(Wanted.substr(Wanted.rfind(':') + 1)))
    return std::nullopt;
  const TemplateArgumentList &Args = Spec->getTemplateArgs();
  if (Args.size() < 2 || Args[1].getKind() != TemplateArgument::Integral)
    return std::nullopt;
  return Args[1].getAsIntegral().getZExtValue();
}

/// The index of `for (I i = 0; i < N; ++i)`, or null for another loop.
static const VarDecl *zeroBasedIndex(const Stmt *Loop, ASTContext &Ctx) {
  const auto *For = dyn_cast<ForStmt>(Loop);
  const auto *Init = For ? dyn_cast_or_null<DeclStmt>(For->getInit()) : nullptr;
  if (!Init || !Init->isSingleDecl())
    return nullptr;
  const auto *Index = dyn_cast<VarDecl>(Init->getSingleDecl());
  if (!Index || !Index->getType()->isIntegerType() || !Index->getInit())
    return nullptr;
  Expr::EvalResult Start;
  if (!Index->getInit()->EvaluateAsInt(Start, Ctx) ||
      !Start.Val.getInt().isZero())
    return nullptr;
  auto IsIndex = [&](const Expr *E) {
    const auto *Ref = dyn_cast<DeclRefExpr>(E->IgnoreParenImpCasts());
    return Ref && Ref->getDecl() == Index;
  };
  const auto *Cond = dyn_cast_or_null<BinaryOperator>(
      For->getCond() ? For->getCond()->IgnoreParenImpCasts() : nullptr);
  if (!Cond || Cond->getOpcode() != BO_LT || !IsIndex(Cond->getLHS()))
    return nullptr;
  const auto *Inc = dyn_cast_or_null<UnaryOperator>(
      For->getInc() ? For->getInc()->IgnoreParenImpCasts() : nullptr);
  if (!Inc || !Inc->isIncrementOp() || !IsIndex(Inc->getSubExpr()))
    return nullptr;
  return Index;
}

/// Whether the use \p Ref of a vector is valid on a std::array.
static bool arrayAccepts(const DeclRefExpr *Ref, const ParentIndex &Parents) {
  DynTypedNode Use = useOf(Ref, Parents);
  if (const auto *Op = Use.get<CXXOperatorCallExpr>())
    return Op->getOperator() == OO_Subscript;
  if (const auto *Range = Use.get<VarDecl>(); // The hidden range.
      Range && rangeForOf(Range, Parents))
    return true;
  return llvm::is_contained({"size", "empty", "at", "front", "back", "data",
                             "begin", "end", "cbegin", "cend", "rbegin", "rend",
                             "max_size"},
                            calledMethod(Ref, Parents));
}

namespace {
/// Finds, in a statement, a declaration named \p Name (none when it is
/// empty), or any goto.
class NameOrJumpFinder : public RecursiveASTVisitor<NameOrJumpFinder> {
public:
  explicit NameOrJumpFinder(llvm::StringRef Name) : Name(Name) {}
  bool Found = false;
  bool VisitNamedDecl(NamedDecl *D) {
    if (D->getDeclName().isIdentifier() && D->getName() == Name)
      Found = true;
    return !Found;
  }
  bool VisitGotoStmt(GotoStmt *) { return !(Found = true); }
  bool VisitIndirectGotoStmt(IndirectGotoStmt *) { return !(Found = true); }

private:
  llvm::StringRef Name;
};
} // namespace

/// True when a declaration inside \p S is named \p Name, so that the name
/// may mean another variable somewhere in it, or \p S holds a goto.
static bool declaresNameOrJumps(const Stmt *S, llvm::StringRef Name) {
  NameOrJumpFinder Finder(Name);
  Finder.TraverseStmt(const_cast<Stmt *>(S));
  return Finder.Found;
}

/// True when every path from \p Var's declaration to a later use runs
/// \p Loop to its end: the loop is a statement of the block that declares
/// the vector (not inside an if, a switch case or a try), and nothing in
/// the function jumps with goto. An exception from the loop leaves that
/// block, where the vector dies unseen. A std::array holds its N elements
/// from its declaration on, so this is what makes its size() the vector's.
static bool loopRunsWhereDeclared(const VarDecl *Var, const Stmt *Loop,
                                  const FunctionIndex &Fn) {
  const Stmt *Block = nullptr;
  for (const DynTypedNode &DS : Fn.Parents.parents(*Var))
    for (const DynTypedNode &Up : Fn.Parents.parents(DS))
      Block = Up.get<CompoundStmt>();
  llvm::ArrayRef<DynTypedNode> LoopUp = Fn.Parents.parents(*Loop);
  if (!Block || LoopUp.size() != 1 || LoopUp.front().get<Stmt>() != Block)
    return false;
  return !declaresNameOrJumps(Fn.body(), /*Name=*/"");
}

/// True when a std::array<T, N> of \p Element behaves as the vector would:
/// its N elements are made when it is declared and destroyed with it, so
/// making and destroying them must do nothing observable.
static bool isSilentArrayElement(QualType Element) {
  if (Element.isConstQualified())
    return false;
  if (Element->isScalarType())
    return true;
  const CXXRecordDecl *RD = Element->getAsCXXRecordDecl();
  if (!RD || !RD->hasDefinition() || !RD->hasTrivialDestructor() ||
      !RD->hasDefaultConstructor())
    return false;
  if (!RD->hasTrivialDefaultConstructor() &&
      (RD->hasUserProvidedDefaultConstructor() ||
       !RD->defaultedDefaultConstructorIsConstexpr()))
    return false;
  return RD->hasSimpleCopyAssignment() || RD->hasSimpleMoveAssignment() ||
         RD->hasUserDeclaredCopyAssignment() ||
         RD->hasUserDeclaredMoveAssignment();
}

std::optional<std::string>
arrayFillIndex(const VarDecl *Var, llvm::ArrayRef<const DeclRefExpr *> Uses,
               const Stmt *Loop, const CXXMemberCallExpr *Growth,
               const TripCount &Count, const FunctionIndex &Fn) {
  ASTContext &Ctx = Fn.Ctx;
  if (!Count.isExact() || !Count.Constant || !Count.CountsIterations)
    return std::nullopt;
  const VarDecl *Index = zeroBasedIndex(Loop, Ctx);
  const CXXMethodDecl *Method = Growth->getMethodDecl();
  if (!Index || !Method || Method->getName() != "push_back" ||
      Growth->getNumArgs() != 1 || enclosingLoop(Growth, Fn.Parents) != Loop)
    return std::nullopt;
  // The fix rewrites the call: not inside a macro (ADD(v, x)).
  if (Growth->getBeginLoc().isMacroID() || Growth->getEndLoc().isMacroID())
    return std::nullopt;
  // The element type must be default-constructible and assignable.
  const auto *Spec = dyn_cast_or_null<ClassTemplateSpecializationDecl>(
      Var->getType()->getAsCXXRecordDecl());
  if (!Spec || Spec->getTemplateArgs().size() == 0 ||
      Spec->getTemplateArgs()[0].getKind() != TemplateArgument::Type)
    return std::nullopt;
  if (!isSilentArrayElement(Spec->getTemplateArgs()[0].getAsType()))
    return std::nullopt;
  // v[i] must name the loop's index where the growth call is.
  if (declaresNameOrJumps(loopBody(Loop), Index->getName()) ||
      !loopRunsWhereDeclared(Var, Loop, Fn))
    return std::nullopt;
  // Only the growth call before the loop ends, only array uses after it.
  const SourceManager &SM = Ctx.getSourceManager();
  SourceLocation LoopEnd = SM.getExpansionLoc(Loop->getEndLoc());
  const Expr *GrowthObject = Growth->getImplicitObjectArgument();
  for (const DeclRefExpr *Ref : Uses) {
    if (Ref == GrowthObject->IgnoreParenImpCasts())
      continue;
    if (!SM.isBeforeInTranslationUnit(LoopEnd,
                                      SM.getExpansionLoc(Ref->getBeginLoc())))
      return std::nullopt;
    if (!arrayAccepts(Ref, Fn.Parents))
      return std::nullopt;
  }
  // std::array's operator[] takes a size_t: a signed index is converted, as
  // -Wsign-conversion wants (the index counts up from 0).
  if (Index->getType()->isSignedIntegerType())
    return "static_cast<std::size_t>(" + Index->getName().str() + ")";
  return Index->getName().str();
}

} // namespace stacklift
