import { useEffect, useRef, type CSSProperties, type FocusEvent, type ReactNode } from 'react'
import { defaultAccountBadgeMessages, type AccountBadgeMessages } from './account-badge-messages.js'
import { slotClassName } from './class-names.js'
import { useAccountBadge } from './use-account-badge.js'
import { useComponentMessages } from './use-component-messages.js'
import { useMenuButton } from './use-menu-button.js'

/** A custom entry of the badge's menu: a link (`href`) or an action (`onSelect`). */
export interface AccountBadgeMenuItem {
  /** React key; defaults to the label when it is a string. */
  readonly id?: string
  readonly label: ReactNode
  /** Makes the item a link. */
  readonly href?: string
  /** Runs when the item is chosen (click, Enter or Space); the menu then closes. */
  readonly onSelect?: () => void
}

/** Class names for each part of the badge, added to (or, with `unstyled`, instead of) ours. */
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

/** The props of `AccountBadge`: where "Sign in" and the account lead, menu items, texts, classes. */
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
  /** Replaces any of the English strings (`defaultAccountBadgeMessages`). */
  messages?: Partial<AccountBadgeMessages>
  /** Added to the root element. */
  className?: string
  /** Added to each part. */
  classNames?: AccountBadgeClassNames
  /** Leaves out every `sfa-` class, so `styles.css` does not touch the badge. */
  unstyled?: boolean
}

/**
 * Visually hidden by inline style, not by a class: the announcement must stay out of sight in
 * `unstyled` mode too, where the library's classes are left out.
 */
const visuallyHidden: CSSProperties = {
  position: 'absolute',
  width: 1,
  height: 1,
  overflow: 'hidden',
  clipPath: 'inset(50%)',
  whiteSpace: 'nowrap',
}

/** No element has focus: it was on something that has just left the page. */
const focusDropped = (): boolean =>
  document.activeElement === null || document.activeElement === document.body

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
  const messages = useComponentMessages('accountBadge', defaultAccountBadgeMessages, props.messages)
  const badge = useAccountBadge()
  const menu = useMenuButton()
  const signInRef = useRef<HTMLAnchorElement & HTMLButtonElement>(null)
  const focusSignInNext = useRef(false)
  // Whether focus is on the menu button or in its menu. Kept when a blur comes from the focused
  // element leaving the page (Chromium fires one then), so the session's end can restore focus.
  const focusInside = useRef(false)
  const cx = (own: string, ...extra: (string | undefined)[]) =>
    slotClassName(unstyled, own, ...extra)
  const rootClass = (state: string) =>
    slotClassName(
      unstyled,
      `sfa-account-badge sfa-account-badge--${state}`,
      classNames.root,
      props.className,
    )

  // When the session ends (its own "Sign out", another tab, an expiry) the menu button and menu
  // are gone: a keyboard user who was there lands on "Sign in" instead of the page's start. The
  // same after a switch to another customer (the button is replaced while the customer loads).
  const { ref: rootRef } = menu.rootProps
  const { ref: buttonRef } = menu.buttonProps
  useEffect(() => {
    if (badge.state === 'loading') return
    const signedIn = badge.state === 'authenticated'
    const control = signedIn ? buttonRef.current : signInRef.current
    if (focusSignInNext.current || (focusInside.current && focusDropped())) control?.focus()
    focusSignInNext.current = false
    focusInside.current = signedIn && (rootRef.current?.contains(document.activeElement) ?? false)
  }, [badge.state, rootRef, buttonRef])

  const announcement = badge.sessionEnded
    ? badge.state === 'expired'
      ? messages.sessionExpired
      : messages.signedOut
    : ''
  return (
    <>
      {renderBadge()}
      {/* Always in the page, so screen readers hear it change when a session ends. */}
      <span aria-live="polite" aria-atomic="true" style={visuallyHidden}>
        {announcement}
      </span>
    </>
  )

  function renderBadge(): ReactNode {
    return badge.state === 'loading'
      ? renderLoading()
      : badge.state === 'authenticated'
        ? renderAuthenticated()
        : renderSignIn(badge.state)
  }

  function renderLoading(): ReactNode {
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

  function renderSignIn(state: 'anonymous' | 'expired'): ReactNode {
    const label = state === 'expired' ? messages.sessionExpired : messages.signIn
    const className = cx('sfa-account-badge__sign-in', classNames.signIn)
    return (
      <div className={rootClass(state)}>
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

  function renderAuthenticated(): ReactNode {
    const name = badge.name || messages.unknownCustomer
    const signOut = () => {
      focusSignInNext.current = true
      menu.close(true)
      badge.signOut()
      onSignOut?.()
    }
    const onBlur = (event: FocusEvent<HTMLDivElement>) => {
      menu.rootProps.onBlur(event)
      const next = event.relatedTarget as Node | null
      const left = event.target
      if (next) focusInside.current = event.currentTarget.contains(next)
      // Focus went nowhere: a click on the page, or the element left the page (then it stays).
      else queueMicrotask(() => void (left.isConnected && (focusInside.current = false)))
    }

    return (
      <div
        {...menu.rootProps}
        onFocus={() => (focusInside.current = true)}
        onBlur={onBlur}
        className={rootClass('authenticated')}
      >
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
              <li
                role="none"
                key={item.id ?? (typeof item.label === 'string' ? item.label : index)}
              >
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
}
