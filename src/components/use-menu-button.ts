import {
  useCallback,
  useEffect,
  useId,
  useRef,
  useState,
  type FocusEvent,
  type KeyboardEvent,
  type MouseEvent,
  type RefObject,
} from 'react'

/** The options of `useMenuButton`. */
export interface UseMenuButtonOptions {
  /** Called when the menu opens or closes. */
  onOpenChange?: (isOpen: boolean) => void
}

/** The options of one menu item (`getItemProps`). */
export interface MenuItemOptions {
  /** Runs when the item is chosen by click, Enter or Space; the menu then closes. */
  onSelect?: () => void
  /** Keep the focus where `onSelect` put it instead of returning it to the button. */
  keepFocus?: boolean
}

/** What `useMenuButton` returns: the open state, `open`/`close`, and prop getters to spread. */
export interface UseMenuButtonResult {
  readonly isOpen: boolean
  /** Opens the menu with focus on its first or last item. */
  open(focus?: 'first' | 'last'): void
  /** Closes the menu; by default focus returns to the button. */
  close(restoreFocus?: boolean): void
  /** The element around the button and the menu: clicks outside it close the menu. */
  readonly rootProps: {
    readonly ref: RefObject<HTMLDivElement | null>
    /** Closes the menu when focus leaves the root. */
    readonly onBlur: (event: FocusEvent<HTMLDivElement>) => void
  }
  readonly buttonProps: {
    readonly ref: RefObject<HTMLButtonElement | null>
    readonly id: string
    readonly type: 'button'
    readonly 'aria-haspopup': 'menu'
    readonly 'aria-expanded': boolean
    readonly 'aria-controls': string | undefined
    /** Opens the menu on its first item, or closes it (Enter and Space arrive as a click). */
    readonly onClick: () => void
    /** ArrowDown opens on the first item, ArrowUp on the last, Escape closes. */
    readonly onKeyDown: (event: KeyboardEvent<HTMLButtonElement>) => void
  }
  readonly menuProps: {
    readonly ref: RefObject<HTMLUListElement | null>
    readonly id: string
    readonly role: 'menu'
    readonly 'aria-labelledby': string
    /** Arrows, Home, End and letters move; Escape closes; Tab closes and moves on. */
    readonly onKeyDown: (event: KeyboardEvent<HTMLUListElement>) => void
  }
  /** The props of one item; spread them on each `[role="menuitem"]` element. */
  getItemProps(options?: MenuItemOptions): {
    readonly role: 'menuitem'
    readonly tabIndex: -1
    /** Runs the item's `onSelect`, then closes the menu. */
    readonly onClick: (event: MouseEvent<HTMLElement>) => void
  }
}

const focusableSelector =
  'a[href], button, input, select, textarea, [tabindex]:not([tabindex="-1"])'

/**
 * A WAI-ARIA menu button (https://www.w3.org/WAI/ARIA/apg/patterns/menu-button/): Enter, Space
 * and ArrowDown open on the first item, ArrowUp on the last; arrows, Home and End move; a letter
 * jumps to an item; Escape or a click outside closes and focus returns to the button; Tab closes
 * and moves on. Items are the menu's `[role="menuitem"]` descendants, in DOM order.
 */
export function useMenuButton(options: UseMenuButtonOptions = {}): UseMenuButtonResult {
  const { onOpenChange } = options
  const [isOpen, setOpen] = useState(false)
  const baseId = useId()
  const buttonId = `${baseId}-button`
  const menuId = `${baseId}-menu`
  const rootRef = useRef<HTMLDivElement>(null)
  const buttonRef = useRef<HTMLButtonElement>(null)
  const menuRef = useRef<HTMLUListElement>(null)
  const focusOnOpen = useRef<'first' | 'last'>('first')
  const onOpenChangeRef = useRef(onOpenChange)
  useEffect(() => {
    onOpenChangeRef.current = onOpenChange
  })

  const items = (): HTMLElement[] =>
    Array.from(
      menuRef.current?.querySelectorAll<HTMLElement>(
        '[role="menuitem"]:not([aria-disabled="true"])',
      ) ?? [],
    )

  const open = useCallback((focus: 'first' | 'last' = 'first') => {
    focusOnOpen.current = focus
    setOpen(true)
    onOpenChangeRef.current?.(true)
  }, [])

  const close = useCallback((restoreFocus = true) => {
    setOpen(false)
    onOpenChangeRef.current?.(false)
    if (restoreFocus) buttonRef.current?.focus()
  }, [])

  useEffect(() => {
    if (!isOpen) return
    const list = items()
    const target = focusOnOpen.current === 'last' ? list[list.length - 1] : list[0]
    target?.focus()
  }, [isOpen])

  useEffect(() => {
    if (!isOpen) return
    const onPointerDown = (event: PointerEvent): void => {
      const target = event.target as Node | null
      if (target && rootRef.current?.contains(target)) return
      // A click on something focusable takes the focus itself; anywhere else it comes back to
      // the button once the browser has finished moving focus for this click.
      const focusable = target instanceof Element && target.closest(focusableSelector) !== null
      close(false)
      if (!focusable) setTimeout(() => buttonRef.current?.focus(), 0)
    }
    document.addEventListener('pointerdown', onPointerDown, true)
    return () => document.removeEventListener('pointerdown', onPointerDown, true)
  }, [isOpen, close])

  const moveFocus = (to: 'next' | 'previous' | 'first' | 'last'): void => {
    const list = items()
    if (list.length === 0) return
    const current = list.indexOf(document.activeElement as HTMLElement)
    const index =
      to === 'first'
        ? 0
        : to === 'last'
          ? list.length - 1
          : to === 'next'
            ? (current + 1) % list.length
            : (current - 1 + list.length) % list.length
    list[index]?.focus()
  }

  const typeAhead = (key: string): void => {
    const list = items()
    const current = list.indexOf(document.activeElement as HTMLElement)
    const lower = key.toLocaleLowerCase()
    for (let step = 1; step <= list.length; step++) {
      const item = list[(current + step) % list.length]
      if (item?.textContent?.trim().toLocaleLowerCase().startsWith(lower)) {
        item.focus()
        return
      }
    }
  }

  const onMenuKeyDown = (event: KeyboardEvent<HTMLUListElement>): void => {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault()
        moveFocus('next')
        return
      case 'ArrowUp':
        event.preventDefault()
        moveFocus('previous')
        return
      case 'Home':
        event.preventDefault()
        moveFocus('first')
        return
      case 'End':
        event.preventDefault()
        moveFocus('last')
        return
      case 'Escape':
        event.preventDefault()
        close(true)
        return
      case 'Tab':
        close(false)
        return
      case ' ': {
        // Buttons click on Space by themselves; links do not, so do it for them.
        const target = event.target as HTMLElement
        if (target.tagName !== 'BUTTON') {
          event.preventDefault()
          target.click()
        }
        return
      }
      default:
        if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey)
          typeAhead(event.key)
    }
  }

  return {
    isOpen,
    open,
    close,
    rootProps: {
      ref: rootRef,
      onBlur(event) {
        const next = event.relatedTarget as Node | null
        if (isOpen && next && !rootRef.current?.contains(next)) close(false)
      },
    },
    buttonProps: {
      ref: buttonRef,
      id: buttonId,
      type: 'button',
      'aria-haspopup': 'menu',
      'aria-expanded': isOpen,
      'aria-controls': isOpen ? menuId : undefined,
      // Enter and Space arrive here as a native click, so keyboard and pointer share one path.
      onClick: () => (isOpen ? close(true) : open('first')),
      onKeyDown(event) {
        if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
          event.preventDefault()
          open(event.key === 'ArrowDown' ? 'first' : 'last')
        } else if (event.key === 'Escape' && isOpen) {
          event.preventDefault()
          close(true)
        }
      },
    },
    menuProps: {
      ref: menuRef,
      id: menuId,
      role: 'menu',
      'aria-labelledby': buttonId,
      onKeyDown: onMenuKeyDown,
    },
    getItemProps(itemOptions = {}) {
      return {
        role: 'menuitem',
        tabIndex: -1,
        onClick() {
          itemOptions.onSelect?.()
          close(!itemOptions.keepFocus)
        },
      }
    },
  }
}
