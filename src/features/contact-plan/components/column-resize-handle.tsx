import { useRef } from 'react';

type ColumnResizeHandleProps = { width: number; onResize: (width: number) => void };

/**
 * The drag handle on a column header's edge. Keyboard users resize with Alt+←/→ on the header
 * itself (see the grid), so the handle is for pointers only.
 */
export const ColumnResizeHandle = ({ width, onResize }: ColumnResizeHandleProps) => {
  const dragStart = useRef<{ x: number; width: number } | null>(null);
  return (
    <div
      aria-hidden="true"
      className="resize-handle"
      onPointerDown={(event) => {
        event.preventDefault();
        event.stopPropagation();
        event.currentTarget.setPointerCapture(event.pointerId);
        dragStart.current = { x: event.clientX, width };
      }}
      onPointerMove={(event) => {
        if (dragStart.current) onResize(dragStart.current.width + event.clientX - dragStart.current.x);
      }}
      onPointerUp={() => {
        dragStart.current = null;
      }}
    />
  );
};
