using System.Linq.Expressions;

namespace Attache.Infrastructure;

/// <summary>Lets a rule written once as an expression of (record, day) serve both the database (bound to a day and
/// translated to SQL) and the code (compiled once), so that a figure and a badge can never follow two rules.</summary>
public static class RuleExpressions
{
    /// <summary>The rule with its second argument fixed, as a parameter of the query (not a literal in the SQL).</summary>
    public static Expression<Func<T, TResult>> Bind<T, TArg, TResult>(this Expression<Func<T, TArg, TResult>> rule, TArg arg)
    {
        var holder = Expression.Property(Expression.Constant(new Holder<TArg>(arg)), nameof(Holder<TArg>.Value));
        var body = new Replace(rule.Parameters[1], holder).Visit(rule.Body);
        return Expression.Lambda<Func<T, TResult>>(body, rule.Parameters[0]);
    }

    /// <summary>The body of <paramref name="rule"/> applied to <paramref name="argument"/>, to build a larger expression.</summary>
    public static Expression Apply<T, TResult>(this Expression<Func<T, TResult>> rule, Expression argument) =>
        new Replace(rule.Parameters[0], argument).Visit(rule.Body);

    private sealed record Holder<TArg>(TArg Value);

    private sealed class Replace(ParameterExpression from, Expression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }
}
