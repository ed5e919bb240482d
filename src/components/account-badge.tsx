import { useEffect, useMemo, useRef, type ReactNode } from 'react'
import { defaultAccountBadgeMessages, type AccountBadgeMessages } from './account-badge-messages.js'
import { slotClassName } from './class-names.js'
import { useAccountBadge } from './use-account-badge.js'
import { useMenuButton } from './use-menu-button.js'

/** A custom entry of the badge's menu: a link (`href`) or an action (`onSelect`). */
export interface AccountBadgeMenuItem {
  /** React key; defaults to the label when it is a string. */
  readonly id?: string
  readonly label: ReactNode
  readonly href?: string
  readonly onSelect?: () => void
}

export interface AccountBadgeClassNames {
  readonly root?: string
  readonly skeleton?: string
  readonly signIn?: string
  readonly button?: string
  readonly avatar?: string
  readonly name?: string
  readonly menu?: string
  readonly item?: string
}

export interface AccountBadgeProps {
  /**
   * Where "Sign in" leads. Give this or `onSignIn`; with neither it is `/account/login`
   * (Shopify's own sign-in path).
   */
  signInHref?: string
  /** Called by the "Sign in" button when there is no `signInHref`. */
  onSignIn?: () => void
  /** The account page; adds a "My account" menu item. */
  accountHref?: string
  /** Extra entries between the account link and "Sign out". */
  menuItems?: readonly AccountBadgeMenuItem[]
  /** Called after "Sign out" was chosen (the session is already ended locally). */
  onSignOut?: () => void
  messages?: Partial<AccountBadgeMessages>
  className?: string
  classNames?: AccountBadgeClassNames
  unstyled?: boolean
}

/**
 * The header badge: a skeleton while the session loads, "Sign in" when anonymous, "Session
 * expired — sign in again" after an expiry, and for a signed-in customer an initials avatar and
 * name that open a WAI-ARIA menu (account link, your items, sign out). It renders nothing new
 * while the session renews.
 */
export function AccountBadge(props: AccountBadgeProps): ReactNode {
  const {
    signInHref,
    onSignIn,
    accountHref,
    menuItems = [],
    onSignOut,
    classNames = {},
    unstyled,
  } = props
  const messages = useMemo(
    () => ({ ...defaultAccountBadgeMessages, ...props.messages }),
    [props.messages],
  )
  const badge = useAccountBadge()
  const menu = useMenuButton()
  const signInRef = useRef<HTMLAnchorElement & HTMLButtonElement>(null)
  const focusSignInNext = useRef(false)
  const cx = (own: string, ...extra: (string | undefined)[]) =>
    slotClassName(unstyled, own, ...extra)
  const rootClass = (state: string) =>
    slotClassName(
      unstyled,
      `sfa-account-badge sfa-account-badge--${state}`,
      classNames.root,
      props.className,
    )

  // After "Sign out" the menu button is gone; keep the keyboard user in place on "Sign in".
  useEffect(() => {
    if (badge.state === 'anonymous' && focusSignInNext.current) {
      focusSignInNext.current = false
      signInRef.current?.focus()
    }
  }, [badge.state])

  if (badge.state === 'loading') {
    return (
      <div role="status" aria-busy="true" className={rootClass('loading')}>
        <span
          aria-hidden="true"
          className={cx('sfa-account-badge__avatar sfa-skeleton', classNames.skeleton)}
        />
        <span
          aria-hidden="true"
          className={cx('sfa-account-badge__name sfa-skeleton', classNames.skeleton)}
        />
        <span className={cx('sfa-visually-hidden')}>{messages.loading}</span>
      </div>
    )
  }

  if (badge.state === 'anonymous' || badge.state === 'expired') {
    const label = badge.state === 'expired' ? messages.sessionExpired : messages.signIn
    const className = cx('sfa-account-badge__sign-in', classNames.signIn)
    return (
      <div className={rootClass(badge.state)}>
        {signInHref !== undefined || !onSignIn ? (
          <a ref={signInRef} href={signInHref ?? '/account/login'} className={className}>
            {label}
          </a>
        ) : (
          <button ref={signInRef} type="button" onClick={onSignIn} className={className}>
            {label}
          </button>
        )}
      </div>
    )
  }

  const name = badge.name || messages.unknownCustomer
  const signOut = () => {
    focusSignInNext.current = true
    menu.close(true)
    badge.signOut()
    onSignOut?.()
  }

  return (
    <div {...menu.rootProps} className={rootClass('authenticated')}>
      {/* The full name stays in the accessible name and in `title` when CSS truncates it. */}
      <button
        {...menu.buttonProps}
        title={name}
        className={cx('sfa-account-badge__button', classNames.button)}
      >
        <span aria-hidden="true" className={cx('sfa-account-badge__avatar', classNames.avatar)}>
          {badge.initials || '?'}
        </span>
        <span className={cx('sfa-account-badge__name', classNames.name)}>{name}</span>
      </button>
      {menu.isOpen && (
        <ul {...menu.menuProps} className={cx('sfa-account-badge__menu', classNames.menu)}>
          {accountHref !== undefined && (
            <li role="none">
              <a
                href={accountHref}
                {...menu.getItemProps()}
                className={cx('sfa-account-badge__item', classNames.item)}
              >
                {messages.account}
              </a>
            </li>
          )}
          {menuItems.map((item, index) => (
            <li role="none" key={item.id ?? (typeof item.label === 'string' ? item.label : index)}>
              {item.href !== undefined ? (
                <a
                  href={item.href}
                  {...menu.getItemProps({ onSelect: item.onSelect })}
                  className={cx('sfa-account-badge__item', classNames.item)}
                >
                  {item.label}
                </a>
              ) : (
                <button
                  type="button"
                  {...menu.getItemProps({ onSelect: item.onSelect })}
                  className={cx('sfa-account-badge__item', classNames.item)}
                >
                  {item.label}
                </button>
              )}
            </li>
          ))}
          <li role="none">
            <button
              type="button"
              role="menuitem"
              tabIndex={-1}
              onClick={signOut}
              className={cx('sfa-account-badge__item', classNames.item)}
            >
              {messages.signOut}
            </button>
          </li>
        </ul>
      )}
    </div>
  )
}
