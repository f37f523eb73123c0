/**
 * The case page's list of sections, grouped (Guidance / Case record / Enforcement) and stacked
 * down the left side: with ten parts a row of tabs scrolled Prepare and Approach out of sight.
 * It keeps the tabs pattern for assistive technology and tests (role tablist/tab, aria-selected,
 * one tab stop; arrow keys, Home and End move between sections; Enter or Space opens one).
 */
import Box from '@mui/material/Box';
import ButtonBase from '@mui/material/ButtonBase';
import Typography from '@mui/material/Typography';
import { useRef, type KeyboardEvent } from 'react';
import { t, type MessageKey } from '../../i18n/t';

export interface CaseSection {
  readonly id: string;
  readonly label: string;
}

export interface CaseSectionGroup {
  readonly id: string;
  readonly labelKey: MessageKey;
  readonly sections: readonly CaseSection[];
}

interface CaseSectionNavProps {
  readonly groups: readonly CaseSectionGroup[];
  readonly value: string;
  readonly onChange: (id: string) => void;
}

const NEXT_KEYS: Record<string, (i: number, n: number) => number> = {
  ArrowDown: (i, n) => (i + 1) % n,
  ArrowRight: (i, n) => (i + 1) % n,
  ArrowUp: (i, n) => (i - 1 + n) % n,
  ArrowLeft: (i, n) => (i - 1 + n) % n,
  Home: () => 0,
  End: (_i, n) => n - 1,
};

export function CaseSectionNav({ groups, value, onChange }: CaseSectionNavProps) {
  const listRef = useRef<HTMLDivElement>(null);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const move = NEXT_KEYS[e.key];
    if (!move || !listRef.current) return;
    const tabs = [...listRef.current.querySelectorAll<HTMLElement>('[role="tab"]')];
    const at = tabs.indexOf(document.activeElement as HTMLElement);
    if (at < 0) return;
    e.preventDefault();
    tabs[move(at, tabs.length)]?.focus();
  };

  return (
    <Box
      ref={listRef}
      role="tablist"
      aria-orientation="vertical"
      aria-label={t('case.tabs')}
      onKeyDown={onKeyDown}
      sx={{ position: { md: 'sticky' }, top: { md: 16 }, display: 'flex', flexDirection: 'column', gap: 0.25 }}
    >
      {groups.map((g) => (
        <Box key={g.id} role="presentation" sx={{ mb: 1.5 }}>
          <Typography variant="overline" component="div" role="presentation" sx={{ color: 'text.secondary', px: 1.5, lineHeight: 2.2 }}>
            {t(g.labelKey)}
          </Typography>
          {g.sections.map((s) => {
            const selected = s.id === value;
            return (
              <ButtonBase
                key={s.id}
                role="tab"
                id={`tab-${s.id}`}
                aria-selected={selected}
                aria-controls={`tabpanel-${s.id}`}
                tabIndex={selected ? 0 : -1}
                onClick={() => onChange(s.id)}
                focusRipple
                sx={{
                  display: 'block',
                  width: '100%',
                  textAlign: 'left',
                  px: 1.5,
                  py: 0.9,
                  borderRadius: 1,
                  borderLeft: 3,
                  borderColor: selected ? 'primary.main' : 'transparent',
                  bgcolor: selected ? 'action.selected' : 'transparent',
                  color: selected ? 'primary.main' : 'text.primary',
                  fontWeight: selected ? 600 : 500,
                  fontSize: '0.9rem',
                  '&:hover': { bgcolor: 'action.hover' },
                  '&.Mui-focusVisible': { outline: 2, outlineColor: 'primary.main', outlineOffset: -2 },
                }}
              >
                {s.label}
              </ButtonBase>
            );
          })}
        </Box>
      ))}
    </Box>
  );
}
